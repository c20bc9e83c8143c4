/**
 * Smoke tests of the real binary (bin/atelier.js → dist/cli.js, built by `npm test`): what the
 * in-process tests cannot show. Exit statuses, results on stdout and messages on stderr, the bundle's
 * own files (fonts), the pre-commit hook that runs the installed binary, a reader that goes away.
 * Every other CLI test calls `cli(argv, io)` in-process (test/cli/run.ts).
 */
import * as assert from 'assert';
import { execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { pdfText, TODAY, workspaceWith } from '../documents/fixtures';
import { Repo } from '../review/repo';
import { atelier, atelierBinary, BINARY, CACHE_DIR, copyToTemp, ROOT, SAMPLE } from './run';

const PARIS = 'sessions/2026-10-01-se-reunir-autrement-paris.md';
const LYON = 'sessions/2027-03-18-se-reunir-autrement-lyon.md';

/** A command's status and output, without blocking this process while it runs. */
function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The sample workspace with one session's kind misspelt: one error. */
function brokenSample(): string {
  const dir = copyToTemp(SAMPLE);
  const file = path.join(dir, 'sessions', '2026-03-12-atelier-lyon.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('kind: workshop', 'kind: atelier'));
  return dir;
}

describe('the atelier binary (smoke tests)', function () {
  // Real work in every test: each spawns fresh Node processes that load the whole bundle (about a
  // second each on an idle machine, several on a busy one), git and a pre-commit hook, or writes PDFs.
  this.timeout(60_000);

  it('--help: the usage on stdout, exit 0; no command: the usage on stderr, exit 2', async () => {
    const help = await atelierBinary(['validate', '--help']);
    assert.deepStrictEqual([help.status, help.stderr], [0, '']);
    assert.match(help.stdout, /^usage: atelier <command> \[options\]\n/);
    const none = await atelierBinary([]);
    assert.deepStrictEqual([none.status, none.stdout, none.stderr], [2, '', help.stdout]);
  });

  it('exit 0 on a valid workspace: the summary on stdout, nothing on stderr', async () => {
    const r = await atelierBinary(['validate', '--workspace', 'sample-workspace']);
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^\d+ fichiers, \d+ fiches : 0 erreur, 0 avertissement, 0 info dans 0 fichier\.$/m);
    assert.strictEqual(r.stderr, '');
  });

  it('exit 1 on errors, with the same JSON on stdout as the in-process CLI', async () => {
    const dir = brokenSample();
    const r = await atelierBinary(['validate', '--workspace', dir, '--format', 'json']);
    assert.strictEqual(r.status, 1, r.stderr);
    assert.strictEqual(r.stderr, '');
    assert.deepStrictEqual(
      JSON.parse(r.stdout).diagnostics.map((d: { file: string; line: number; code: string }) => [
        d.file,
        d.line,
        d.code,
      ]),
      [['sessions/2026-03-12-atelier-lyon.md', 7, 'schema.enum']],
    );
    assert.deepStrictEqual(await atelier(['validate', '--workspace', dir, '--format', 'json']), r);
    const stats = ['stats', '--workspace', path.join(ROOT, 'test', 'fixtures', 'dashboard'), '--today', TODAY];
    assert.deepStrictEqual(await atelier(stats), await atelierBinary(stats));
  });

  it('exit 2 on bad usage or a missing folder: one message on stderr, nothing on stdout', async () => {
    const bogus = await atelierBinary(['validate', '--bogus']);
    assert.strictEqual(bogus.status, 2);
    assert.strictEqual(bogus.stdout, '');
    assert.strictEqual(bogus.stderr.split('\n')[0], 'atelier: unknown option --bogus');
    const missing = await atelierBinary(['validate', '--workspace', '/nonexistent/folder']);
    assert.deepStrictEqual(
      [missing.status, missing.stdout, missing.stderr],
      [2, '', 'atelier: workspace folder not found: /nonexistent/folder\n'],
    );
  });

  it('writes a PDF with the fonts the build copied beside the bundle', async () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'fonts', 'Roboto')), 'dist/fonts/Roboto');
    const dir = workspaceWith();
    const r = await atelierBinary([
      'signin-sheet',
      '2026-03-12-atelier-lyon',
      '--duplicate',
      '--workspace',
      dir,
      '--today',
      TODAY,
    ]);
    assert.strictEqual(r.status, 0, r.stderr);
    const file = path.join(dir, 'generated', '2026-03-12-atelier-lyon', 'emargement-2026-03-12-atelier-lyon.pdf');
    assert.strictEqual(path.resolve(ROOT, r.stdout.trim()), file);
    assert.ok(pdfText(file).includes('Se réunir autrement — atelier 1 : préparer et animer'));
  });

  it('hook install: the pre-commit hook refuses a commit that breaks a rule, accepts a good one', async () => {
    const repo = Repo.sample();
    const installed = await atelierBinary(['hook', 'install'], repo.dir);
    assert.strictEqual(installed.status, 0, installed.stderr);
    const hook = path.join(repo.dir, '.git', 'hooks', 'pre-commit');
    assert.strictEqual(installed.stdout.trim(), hook);
    assert.ok(fs.statSync(hook).mode & 0o100);
    // The hook runs this very installation, not whatever `npx` would find.
    assert.ok(fs.readFileSync(hook, 'utf8').includes(`ATELIER='${BINARY}'`));
    const env = {
      ...process.env,
      ATELIER_CACHE_DIR: CACHE_DIR,
      GIT_AUTHOR_NAME: 'C',
      GIT_AUTHOR_EMAIL: 'c@example.org',
      GIT_COMMITTER_NAME: 'C',
      GIT_COMMITTER_EMAIL: 'c@example.org',
    };
    repo.edit(PARIS, '  - date: 2026-10-02\n    start: "14:00"', '  - date: 2026-10-02\n    start: "13:30"');
    repo.git('add', '-A');
    const refused = await run('git', ['commit', '-m', 'Move a held slot'], { cwd: repo.dir, env });
    assert.strictEqual(refused.status, 1);
    // git shows a hook's output on stderr.
    assert.match(refused.stderr, /sessions\/2026-10-01-se-reunir-autrement-paris\.md:19:12 error review\.slots-frozen/);
    repo.edit(PARIS, '  - date: 2026-10-02\n    start: "13:30"', '  - date: 2026-10-02\n    start: "14:00"');
    repo.edit(LYON, 'capacity: 15', 'capacity: 16');
    repo.git('add', '-A');
    await promisify(execFile)('git', ['commit', '-q', '-m', 'One more seat in Lyon'], { cwd: repo.dir, env });
    assert.strictEqual((await atelierBinary(['hook', 'uninstall'], repo.dir)).status, 0);
    assert.ok(!fs.existsSync(hook));
  });

  it('finishes quietly, every file written, when what reads its output stops early (| head)', async () => {
    const dir = workspaceWith();
    const r = await run('bash', [
      '-c',
      'set -o pipefail; "$0" "$1" certificates 2026-03-12-atelier-lyon --workspace "$2" | head -1',
      process.execPath,
      BINARY,
      dir,
    ]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout.split('\n').filter(Boolean).length, 1);
    assert.ok(!/EPIPE|Error|at /.test(r.stderr), r.stderr);
    assert.strictEqual(
      fs
        .readdirSync(path.join(dir, 'generated', '2026-03-12-atelier-lyon', 'certificats'))
        .filter((f) => f.endsWith('.pdf')).length,
      8,
    );
  });
});
