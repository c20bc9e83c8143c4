/**
 * Files a workspace may hold that are not what they seem: a record with old Mac (CR-only) line ends,
 * a committed symbolic link to a file outside the workspace, a record whose id begins with "-".
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/temp';
import { atelier, copyToTemp, SAMPLE } from './run';

const TODAY = '2026-11-23';
const LYON = 'sessions/2026-03-12-atelier-lyon.md';

interface Json {
  records: number;
  diagnostics: { file: string; line: number; column: number; code: string; message: string }[];
}

async function validateJson(dir: string): Promise<Json> {
  const r = await atelier(['validate', '--workspace', dir, '--format', 'json', '--no-cache', '--today', TODAY]);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout) as Json;
}

describe('workspace files that are not what they seem', function () {
  this.timeout(60_000);

  it('reads a record with CR-only line ends, its errors at their lines', async () => {
    const dir = copyToTemp(SAMPLE);
    const text = fs.readFileSync(path.join(dir, LYON), 'utf8').replace('kind: workshop', 'kind: atelier');
    fs.writeFileSync(path.join(dir, 'sessions', 'mac.md'), text.replace(/\n/g, '\r'));
    const json = await validateJson(dir);
    const mine = json.diagnostics
      .filter((d) => d.file === 'sessions/mac.md')
      .map((d) => `${d.line}:${d.column} ${d.code}`);
    assert.ok(mine.includes('7:7 schema.enum'), mine.join('\n'));
    const sample = await validateJson(copyToTemp(SAMPLE));
    assert.strictEqual(json.records, sample.records + 1, 'read as one more record');
  });

  it('reports a record that is a symbolic link out of the workspace, and never reads it', async () => {
    const dir = copyToTemp(SAMPLE);
    const outside = path.join(tempDir('atelier-outside-'), 'secret.md');
    fs.writeFileSync(
      outside,
      fs.readFileSync(path.join(dir, LYON), 'utf8').replace('capacity: 15', 'capacity: SECRET'),
    );
    fs.symlinkSync(outside, path.join(dir, 'sessions', 'leak.md'));
    // A link inside the workspace is a file of the workspace: read.
    fs.symlinkSync(path.join(dir, LYON), path.join(dir, 'sessions', 'alias.md'));
    const json = await validateJson(dir);
    const leak = json.diagnostics.filter((d) => d.file === 'sessions/leak.md');
    assert.deepStrictEqual(
      leak.map((d) => [d.line, d.code]),
      [[1, 'file.link-outside']],
    );
    assert.match(leak[0].message, /lien symbolique vers un fichier hors de l'espace de travail : il n'est pas lu/);
    assert.doesNotMatch(JSON.stringify(json), /SECRET/);
    const sample = await validateJson(copyToTemp(SAMPLE));
    assert.strictEqual(json.records, sample.records + 1, 'the inner link read as a record, the outer one not');
    const sheet = await atelier(['signin-sheet', 'leak', '--workspace', dir, '--today', TODAY, '--no-cache']);
    assert.notStrictEqual(sheet.status, 0, 'no document from a file that was not read');
    assert.strictEqual(sheet.stdout, '');
  });

  it('takes every argument after -- as an argument: a session id beginning with "-"', async () => {
    const dir = copyToTemp(SAMPLE);
    fs.copyFileSync(path.join(dir, LYON), path.join(dir, 'sessions', '-lyon.md'));
    fs.rmSync(path.join(dir, LYON));
    const without = await atelier(['signin-sheet', '-lyon', '--workspace', dir, '--today', TODAY, '--no-cache']);
    assert.strictEqual(without.status, 2);
    assert.match(without.stderr, /unknown option -lyon/);
    const r = await atelier([
      'signin-sheet',
      '--duplicate',
      '--workspace',
      dir,
      '--today',
      TODAY,
      '--no-cache',
      '--',
      '-lyon',
    ]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout.trim(), path.join(dir, 'generated', 'lyon', 'emargement-lyon.pdf'));
    const cmd = await atelier(['--workspace', dir, '--today', TODAY, '--no-cache', '--', 'certificates', '-lyon']);
    assert.strictEqual(cmd.status, 0, cmd.stderr);
  });
});
