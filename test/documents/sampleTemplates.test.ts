/** The shipped templates, rendered for every session of the sample workspace: no field left empty (core, in-process). */
import * as assert from 'assert';
import { composeEmails } from '../../src/core/documents/email/message';
import { isAudience } from '../../src/core/documents/email/recipients';
import { sessionModel } from '../../src/core/documents/sessionModel';
import { text } from '../../src/core/records';
import type { Workspace } from '../../src/core/workspace';
import { loadWorkspace } from '../../src/node/loadWorkspace';
import { SAMPLE } from '../cli/run';
import { TODAY } from './fixtures';

/** What an empty value leaves in a sentence: "()", "( , )", "Client :  (mission )", a bullet "- **Lieu** : " with nothing after. */
const ARTEFACTS: [RegExp, string][] = [
  [/\(\s*[,)]/, 'empty parentheses'],
  [/,\s*[,)]/, 'empty list item'],
  [/ \)/, 'a value missing before ")"'],
  // French texts have a narrow no-break space before the colon.
  [/[ \u202f]: {2}/, '" :  "'],
  [/[ \u202f]:[ \t]*,/, '" : ,"'],
  [/[ \u202f]:[ \t]+$/m, 'a label with nothing after'],
  [/^- (\*\*)?[^*:\n]+(\*\*)?[ \u202f]?:\s*$/m, 'an empty bullet'],
  [/^- \*\*[^*]+\*\*\s*$/m, 'an empty bullet'],
  [/\b(de|pour|par) Coopérative/, "the organisation's name after a preposition (write {{ signature }})"],
  [/\u202f[ \u00a0\u202f]|[ \u00a0]\u202f/, 'a doubled space'],
];

/** The words of the HTML part, tags dropped. */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('sample workspace templates', () => {
  let ws: Workspace;
  // Finite work in this process (reading the sample workspace): no limit, whatever else the machine does.
  before(async function () {
    this.timeout(0);
    ws = await loadWorkspace(SAMPLE, { today: TODAY, cache: false, workers: false });
  });

  it('render with no empty field for every sample session that has recipients', function () {
    // Real work: every template for every session (a second or two on an idle machine, 18 s seen on
    // a machine busy with other jobs).
    this.timeout(60_000);
    const templates = ws.records().filter((r) => r.type === 'email-template');
    const sessions = ws.records().filter((r) => r.type === 'session');
    assert.ok(templates.length >= 10 && sessions.length >= 20);
    let rendered = 0;
    const problems: string[] = [];
    for (const t of templates) {
      const tpl = ws.record(t.id, 'email-template');
      assert.ok(tpl && isAudience(tpl.data.audience), t.id);
      assert.deepStrictEqual(ws.diagnosticsOf(tpl.path), [], `${t.id} validates`);
      for (const s of sessions) {
        const session = sessionModel(ws, s.id);
        assert.ok(session);
        const batch = composeEmails(
          { subject: text(tpl.data.subject) ?? '', body: tpl.body, audience: tpl.data.audience },
          session,
        );
        if (!batch.messages.length) continue;
        rendered++;
        for (const e of batch.empty) problems.push(`${t.id} × ${s.id}: {{ ${e.name} }} left empty`);
        for (const m of batch.messages) {
          for (const [part, value] of [
            ['subject', m.subject],
            ['text', m.text],
            ['html', htmlText(m.html)],
          ] as const) {
            for (const [re, what] of ARTEFACTS) {
              const line = value.split('\n').find((l) => re.test(l));
              if (line !== undefined) problems.push(`${t.id} × ${s.id} (${part}): ${what} in "${line}"`);
            }
          }
        }
      }
    }
    assert.deepStrictEqual([...new Set(problems)], []);
    assert.ok(rendered > 150, `${rendered} template × session pairs rendered`);
  });
});
