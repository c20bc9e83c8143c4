/** Quick fixes and messages where they help: a mistyped id, a full session, an empty value, a record named in the message's language. */
import * as assert from 'assert';
import { applyEdits } from '../../src/core/edit/textEdit';
import { completionsAt } from '../../src/core/language/completions';
import { closestIds, newRecordSnippet, quickFixes } from '../../src/core/language/quickFixes';
import { baseFile, openWorkspace, readFixture } from '../helpers/workspace';

async function open(file: string, text: string, locale: 'en' | 'fr' = 'en') {
  const files = readFixture('base');
  files[file] = text;
  files['atelier.yaml'] = String(files['atelier.yaml']).replace('locale: en', `locale: ${locale}`);
  return openWorkspace(files);
}

async function fixesFor(file: string, text: string, code: string, locale: 'en' | 'fr' = 'en') {
  const ws = await open(file, text, locale);
  const d = ws.diagnosticsOf(file).find((x) => x.code === code);
  assert.ok(d, `no ${code} in ${JSON.stringify(ws.diagnosticsOf(file))}`);
  return { ws, d, fixes: quickFixes(ws, text, d) };
}

describe('quick fixes that help', () => {
  it('a mistyped reference offers the closest ids of the right type first, then creating the record', async () => {
    const text = baseFile('sessions/session-b.md').replace('facilitators: [coord-a]', 'facilitators: [cord-a]');
    const { fixes } = await fixesFor('sessions/session-b.md', text, 'ref.missing');
    assert.deepStrictEqual(
      fixes.map((f) => f.title),
      ['Did you mean "coord-a"?', 'Create the person record "cord-a"'],
    );
    assert.strictEqual(applyEdits(text, fixes[0].edits!), baseFile('sessions/session-b.md'));
  });

  it('only ids of the type the field needs are offered', () => {
    assert.deepStrictEqual(closestIds('ana-ribero', ['ana-ribeiro', 'anna-ribeiro', 'zoe-martin']), [
      'ana-ribeiro',
      'anna-ribeiro',
    ]);
    assert.deepStrictEqual(closestIds('ana', ['ana-ribeiro', 'paul']), ['ana-ribeiro']);
    assert.deepStrictEqual(closestIds('xyz-completely-else', ['ana-ribeiro']), []);
  });

  it('creating a record comes with its required fields as a snippet: tab stops, a choice for allowed values', async () => {
    const text = baseFile('sessions/session-b.md').replace('mission: mission-a', 'mission: zzzz-qqqq');
    const { fixes } = await fixesFor('sessions/session-b.md', text, 'ref.missing');
    const create = fixes.at(-1)!.create!;
    assert.strictEqual(create.path, 'missions/zzzz-qqqq.md');
    assert.match(create.snippet, /^---\ntype: mission\n/);
    assert.match(create.snippet, /\nstatus: \$\{\d+\|open,closed\|\}\n/);
    assert.match(create.snippet, /\nclient: \$\{\d+\}\n/);
    assert.ok(create.snippet.endsWith('---\n\n$0'));
    assert.match(
      newRecordSnippet('person', '2026-11-23'),
      /^---\ntype: person\nfirst_name: \$\{1\}\nlast_name: \$\{2\}\nemail: \$\{3\}\n---\n/,
    );
  });

  it('record types are named in the language of the message', async () => {
    const text = baseFile('sessions/session-b.md').replace('facilitators: [coord-a]', 'facilitators: [nadia-benali]');
    const { d, fixes } = await fixesFor('sessions/session-b.md', text, 'ref.missing', 'fr');
    assert.match(d.message, /^Aucune fiche personne avec l'identifiant « nadia-benali »/);
    assert.strictEqual(fixes.at(-1)!.title, 'Créer la fiche personne « nadia-benali »');
    const wrongType = baseFile('sessions/session-b.md').replace('mission: mission-a', 'mission: client-a');
    const ws = await open('sessions/session-b.md', wrongType, 'fr');
    const t = ws.diagnosticsOf('sessions/session-b.md').find((x) => x.code === 'ref.type');
    assert.strictEqual(t?.message, '« client-a » est une fiche client, mais « mission » attend une fiche mission.');
  });

  it('over capacity: the error sits on the capacity, with fixes to raise it or show the participants', async () => {
    const text = baseFile('sessions/session-a.md').replace('capacity: 3', 'capacity: 1');
    const { d, fixes, ws } = await fixesFor('sessions/session-a.md', text, 'rule.capacity');
    assert.deepStrictEqual(d.path, ['capacity']);
    assert.strictEqual(text.split('\n')[d.line - 1], 'capacity: 1');
    assert.deepStrictEqual(
      fixes.map((f) => f.title),
      ['Raise the capacity to 2', 'Show the participants list'],
    );
    const raised = applyEdits(text, fixes[0].edits!);
    assert.strictEqual(raised, text.replace('capacity: 1', 'capacity: 2'));
    const reveal = fixes[1].reveal!;
    assert.strictEqual(text.slice(reveal.start, reveal.end), 'participants');
    assert.ok(ws);
  });

  it('an empty value is said to be empty, not « null »', async () => {
    const text = baseFile('sessions/session-a.md').replace('kind: workshop', 'kind:');
    const en = await fixesFor('sessions/session-a.md', text, 'schema.enum');
    assert.match(en.d.message, /^"kind" is empty\. Allowed: workshop, /);
    const fr = await fixesFor('sessions/session-a.md', text, 'schema.enum', 'fr');
    assert.match(fr.d.message, /^« kind » est vide\. Valeurs possibles : workshop, /);
    assert.doesNotMatch(fr.d.message, /null/);
    const title = baseFile('sessions/session-a.md').replace(/^title: .*$/m, 'title:');
    const t = await fixesFor('sessions/session-a.md', title, 'schema.type', 'fr');
    assert.strictEqual(t.d.message, '« title » est vide : il doit être du texte.');
  });
});

describe('completion of a group of fields', () => {
  async function complete(marked: string) {
    const ws = await openWorkspace(readFixture('base'));
    const offset = marked.indexOf('‸');
    return completionsAt(ws, 'sessions/session-a.md', marked.replace('‸', ''), offset);
  }

  it('accepting `online` inserts the group with its keys as tab stops, not `online: ` alone', async () => {
    const items = await complete(baseFile('sessions/session-a.md').replace(/^capacity: .*$/m, '$&\nonl‸'));
    const online = items.find((c) => c.label === 'online')!;
    assert.ok(online.snippet);
    assert.strictEqual(online.insertText, 'online:\n  url: ${1}\n  phone: ${2}\n  access_code: ${3}');
    const title = items.find((c) => c.label === 'title');
    assert.ok(!title || (!title.snippet && title.insertText === 'title: '));
  });

  it('a list of groups (`slots`) inserts its first entry with the required keys', async () => {
    const text = baseFile('sessions/session-a.md').replace(/^slots:\n( {2}.*\n)+/m, '');
    const items = await complete(text.replace(/^capacity: .*$/m, '$&\nsl‸'));
    const slots = items.find((c) => c.label === 'slots')!;
    assert.ok(slots.snippet);
    assert.match(
      slots.insertText,
      /^slots:\n {2}- date: \$\{1:\d{4}-\d\d-\d\d\}\n {4}start: "\$\{2:\d\d:\d\d\}"\n {4}end: "\$\{3:\d\d:\d\d\}"$/,
    );
  });
});
