import * as assert from 'assert';
import { setValue } from '../../src/core/edit/frontMatterEdit';
import { applyEdits } from '../../src/core/edit/textEdit';
import { quickFixes } from '../../src/core/language/quickFixes';
import { baseFile, openWorkspace, readFixture } from '../helpers/workspace';

async function fixesFor(file: string, text: string, code: string) {
  const files = readFixture('base');
  files[file] = text;
  const ws = await openWorkspace(files);
  const d = ws.diagnosticsOf(file).find((x) => x.code === code);
  assert.ok(d, `no ${code} in ${JSON.stringify(ws.diagnosticsOf(file))}`);
  return { ws, fixes: quickFixes(ws, text, d) };
}

describe('quick fixes', () => {
  it('replaces an invalid enum value with the closest allowed one, touching nothing else', async () => {
    const text = baseFile('sessions/session-a.md').replace('kind: workshop', 'kind: worksop  # à vérifier');
    const { fixes } = await fixesFor('sessions/session-a.md', text, 'schema.enum');
    assert.strictEqual(fixes[0].title, 'Change to "workshop"');
    assert.strictEqual(applyEdits(text, fixes[0].edits!), text.replace('worksop', 'workshop'));
  });

  it('corrects the key of a French VAT number in atelier.yaml, keeping its quotes and comment', async () => {
    const text = `${String(readFixture('base')['atelier.yaml']).replace(/^legal:.*\n/m, '')}legal:\n  siret: "90000000100009"\n  vat_number: "FR12900000001"  # à vérifier\n`;
    const { fixes } = await fixesFor('atelier.yaml', text, 'config.vat-key');
    assert.strictEqual(fixes[0].title, 'Change to "FR68900000001"');
    assert.strictEqual(applyEdits(text, fixes[0].edits!), text.replace('FR12900000001', 'FR68900000001'));
  });

  it('adds a missing required field where it belongs', async () => {
    const text = baseFile('sessions/session-a.md').replace('    email: anne.durand@test.example\n', '');
    const { fixes } = await fixesFor('sessions/session-a.md', text, 'schema.required');
    const fixed = applyEdits(text, fixes[0].edits!);
    assert.match(
      fixed,
      / {4}last_name: Durand\n {4}added_on: 2026-03-01\n {4}attendance: \[present, absent\]\n {4}email: ""\n {2}- first_name: Léa/,
    );
  });

  it('creates a missing referenced record that validates once filled', async () => {
    const text = baseFile('sessions/session-b.md').replace(
      'facilitators: [coord-a]',
      'facilitators: [coord-a, nadia-benali]',
    );
    const { fixes } = await fixesFor('sessions/session-b.md', text, 'ref.missing');
    assert.deepStrictEqual(fixes[0].create?.path, 'people/nadia-benali.md');
    assert.match(fixes[0].create!.content, /^---\ntype: person\nfirst_name: ""\nlast_name: ""\nemail: ""\n---\n$/);
  });

  it('removes a duplicate participant', async () => {
    const text = baseFile('sessions/session-a.md').replace(
      'email: lea.nguyen@test.example',
      'email: anne.durand@test.example',
    );
    const { fixes } = await fixesFor('sessions/session-a.md', text, 'rule.participant-duplicate');
    const fixed = applyEdits(text, fixes[0].edits!);
    assert.ok(!fixed.includes('Léa') && fixed.includes('Anne') && fixed.endsWith('Notes libres.\n'));
  });

  it('edits keep comments, key order, quoting and CRLF of everything else', () => {
    const text =
      '---\r\n# Fiche de test\r\ntype: session   # le type\r\ntitle: "Atelier « un »"\r\nkind: workshop\r\nstatus: planned # statut\r\nslots: [{date: 2026-12-01, start: "09:00", end: "12:00"}]\r\n---\r\nCorps\r\n';
    const edit = setValue(text, ['status'], 'launched')!;
    assert.strictEqual(applyEdits(text, [edit]), text.replace('status: planned', 'status: launched'));
    assert.strictEqual(edit.newText, 'launched');
    const added = setValue(text, ['capacity'], 12)!;
    assert.strictEqual(
      applyEdits(text, [added]),
      text.replace('end: "12:00"}]\r\n', 'end: "12:00"}]\r\ncapacity: 12\r\n'),
    );
  });
});
