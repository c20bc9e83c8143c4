/**
 * Documents from inputs that are broken in ways the red-team pass found: an atelier.yaml with errors
 * (documents would lack the organisation or its registration number), and a template printing a
 * group with `{{.}}`. Each is refused with the reason (exit 1), never a crash, never a document.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { removeTempWorkspaces, TODAY, workspaceWith } from './fixtures';

const LYON = '2026-03-12-atelier-lyon';
const VERTE = '2026-11-05-accueil-vallee-verte';

const run = (dir: string, ...args: string[]) => atelier([...args, '--workspace', dir, '--today', TODAY]);

describe('documents from broken inputs', function () {
  this.timeout(60_000);
  after(removeTempWorkspaces);

  for (const [what, config] of [
    ['a YAML syntax error', 'organisation: Coop\nregistration_number: "11 75\n'],
    ['no organisation', 'locale: fr\nregistration_number: "11 75 00000 75"\noutput: generated\n'],
    ['a merge conflict', '<<<<<<< HEAD\norganisation: A\n=======\norganisation: B\n>>>>>>> other\n'],
  ])
    it(`writes no document when atelier.yaml has ${what} (exit 1, the error at its line)`, async () => {
      const dir = workspaceWith({
        'atelier.yaml': `${config}sender: "Coop <contact@coop.example>"\n`.replace(/^(<<<<<<<[^]*)sender.*\n$/, '$1'),
      });
      for (const args of [
        ['signin-sheet', LYON, '--duplicate'],
        ['certificates', LYON],
        ['email', 'bienvenue-apres-achat', '--session', VERTE],
      ]) {
        const r = await run(dir, ...args);
        assert.strictEqual(r.status, 1, `${args[0]}: ${r.stderr}`);
        assert.strictEqual(r.stdout, '');
        assert.match(r.stderr, /^atelier\.yaml:\d+:\d+ error /m);
        assert.match(r.stderr, /atelier: atelier\.yaml a \d+ erreurs? : rien n'a été écrit\./);
      }
      assert.ok(!fs.existsSync(path.join(dir, 'generated')), 'nothing written');
    });

  it('refuses a template printing a group with {{.}}: validate flags it, email says so (no TypeError)', async () => {
    const template = [
      '---',
      'type: email-template',
      'name: Lien',
      'audience: participants',
      'subject: Lien',
      '---',
      '',
      'Bonjour {{ recipient.first_name }},',
      '{{#session.online}}[{{.}}]{{/session.online}}',
      '{{#session.place}}Lieu : {{.}}{{/session.place}}',
      '',
    ].join('\n');
    const dir = workspaceWith({ 'templates/lien.md': template });
    const v = await atelier(['validate', '--workspace', dir, '--today', TODAY, '--format', 'json', '--no-cache']);
    const found = (
      JSON.parse(v.stdout) as { diagnostics: { file: string; line: number; column: number; code: string }[] }
    ).diagnostics
      .filter((d) => d.file === 'templates/lien.md')
      .map((d) => [d.line, d.column, d.code]);
    // Over a group, `.` has no text; over a value (session.place) it is that value.
    assert.deepStrictEqual(found, [[9, 21, 'template.unknown-placeholder']]);
    const r = await run(dir, 'email', 'lien', '--session', VERTE);
    assert.strictEqual(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /TypeError|unexpected failure|\n\s+at /);
    assert.match(r.stderr, /templates\/lien\.md a 1 erreur : rien n'a été écrit/);
  });
});
