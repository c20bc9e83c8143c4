/**
 * atelier.yaml as a repository someone else wrote may have it: an `output:` outside the workspace, a
 * `sender` that would forge headers, bytes that are not UTF-8. Each is a diagnostic at its place,
 * in the workspace's language, never a silent default or "not a workspace".
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier, copyToTemp, SAMPLE } from './run';

interface Json {
  diagnostics: { file: string; line: number; column: number; code: string; severity: string; message: string }[];
}

function workspace(edit: (config: string) => string): string {
  const dir = copyToTemp(SAMPLE);
  const cfg = path.join(dir, 'atelier.yaml');
  fs.writeFileSync(cfg, edit(fs.readFileSync(cfg, 'utf8')));
  return dir;
}

async function configDiagnostics(dir: string) {
  const r = await atelier(['validate', '--workspace', dir, '--format', 'json', '--no-cache']);
  assert.strictEqual(r.status, 1, r.stdout + r.stderr);
  return (JSON.parse(r.stdout) as Json).diagnostics.filter((d) => d.file === 'atelier.yaml');
}

describe('atelier.yaml checked as data someone else wrote', () => {
  for (const [output, locale, words] of [
    ['../escaped-out', 'fr', /« output » doit être un dossier à l'intérieur de l'espace de travail/],
    ['sessions/../..', 'en', /"output" must be a folder inside the workspace/],
    ['/etc', 'en', /"output" must be a folder inside the workspace/],
    ['.git', 'fr', /ni un dossier caché/],
  ] as const)
    it(`reports output: ${output} at its value (${locale})`, async () => {
      const dir = workspace((c) =>
        c.replace('output: generated', `output: ${output}`).replace('locale: fr', `locale: ${locale}`),
      );
      const [d, ...more] = await configDiagnostics(dir);
      assert.deepStrictEqual(more, []);
      assert.deepStrictEqual([d.line, d.column, d.code, d.severity], [6, 9, 'config.output-outside', 'error']);
      assert.match(d.message, words);
    });

  it('accepts an output folder inside the workspace however it is written', async () => {
    for (const output of ['./documents/', 'generated/2026', 'a/../generated']) {
      const dir = workspace((c) => c.replace('output: generated', `output: ${output}`));
      const r = await atelier(['validate', '--workspace', dir, '--no-cache']);
      assert.strictEqual(r.status, 0, `${output}: ${r.stdout}`);
    }
  });

  for (const sender of [
    '"Coop <contact@coop.example>\\r\\nBcc: everyone@victim.example"',
    '"contact@coop.example\\nX-Evil: 1"',
    '"contact@coop.example, other@coop.example"',
    '"Coop <contact@coop.example>, Other <other@coop.example>"',
    '"contact@coop.example other@coop.example"',
  ])
    it(`reports sender: ${sender} as not one address on one line`, async () => {
      const dir = workspace((c) => c.replace(/^sender: .*$/m, `sender: ${sender}`));
      const [d, ...more] = await configDiagnostics(dir);
      assert.deepStrictEqual(more, []);
      assert.deepStrictEqual([d.line, d.column, d.code], [7, 9, 'config.sender']);
      assert.match(d.message, /« sender » doit être une seule adresse sur une ligne/);
    });

  it('accepts the usual forms of one sender', async () => {
    for (const sender of [
      'contact@coop.example',
      '"Coop Exemple <contact@coop.example>"',
      '\'"Dupont, Marie" <m@coop.example>\'',
    ]) {
      const dir = workspace((c) => c.replace(/^sender: .*$/m, `sender: ${sender}`));
      const r = await atelier(['validate', '--workspace', dir, '--no-cache']);
      assert.strictEqual(r.status, 0, `${sender}: ${r.stdout}`);
    }
  });

  it('reports an atelier.yaml that is not UTF-8 as such, not as missing', async () => {
    const dir = copyToTemp(SAMPLE);
    fs.writeFileSync(
      path.join(dir, 'atelier.yaml'),
      Buffer.from('organisation: Coop\xe9rative\nlocale: fr\n', 'latin1'),
    );
    const r = await atelier(['validate', '--workspace', dir, '--no-cache']);
    assert.strictEqual(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /atelier\.yaml|not an? .*workspace/i);
    assert.match(r.stdout, /atelier\.yaml/);
    assert.match(r.stdout, /n'est pas du texte UTF-8 valide/);
    const json = await configDiagnostics(dir);
    assert.deepStrictEqual(
      json.map((d) => [d.line, d.code]),
      [[1, 'file.encoding']],
    );
  });
});
