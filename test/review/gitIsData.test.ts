/**
 * Git is data, not code: a repository's own .git/config never makes Atelier run a program, a
 * missing git is said at once with nothing left waiting, and a file name with a line break is one
 * file, read from history like any other.
 */
import * as assert from 'assert';
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { atelier, BINARY } from '../cli/run';
import { TODAY } from '../helpers/workspace';
import { Repo, tempDir, validate } from './repo';

const LYON = 'sessions/2026-03-12-atelier-lyon.md';

/** A core.fsmonitor hook in the repository's own config that leaves a marker file when git runs it. */
function trapped(repo: Repo): string {
  const marker = path.join(tempDir('atelier-marker-'), 'ran');
  const hook = path.join(repo.dir, '.git', 'fsmonitor-trap.sh');
  fs.writeFileSync(hook, `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
  repo.git('config', 'core.fsmonitor', hook);
  return marker;
}

describe('git is data, not code', function () {
  // Real repositories, git processes and PDFs; the margin is for a busy machine.
  this.timeout(60_000);

  it('never runs a core.fsmonitor of the repository (signin-sheet, validate --base, diff, --staged)', async () => {
    const repo = Repo.sample();
    repo.edit(LYON, 'capacity: 15', 'capacity: 16');
    const marker = trapped(repo);
    // The trap is real: plain git runs it.
    repo.git('status', '--porcelain');
    assert.ok(fs.existsSync(marker), 'plain git status runs the fsmonitor hook');
    fs.rmSync(marker);
    const ws = ['--workspace', repo.dir, '--today', TODAY, '--no-cache'];
    for (const args of [
      ['signin-sheet', '2026-03-12-atelier-lyon', '--duplicate', ...ws],
      ['validate', '--base', 'HEAD', ...ws],
      ['validate', '--staged', '--base', 'HEAD', ...ws],
      ['diff', 'HEAD', ...ws],
    ]) {
      const r = await atelier(args, repo.dir);
      assert.ok(r.status === 0 || r.status === 1, `${args[0]}: ${r.stderr}`);
      assert.ok(!fs.existsSync(marker), `${args.slice(0, 2).join(' ')} ran the repository's fsmonitor hook`);
    }
  });

  it('never runs a content filter the repository defines (clean, smudge, process), with a .gitattributes using it', async () => {
    const repo = Repo.sample();
    const marker = path.join(tempDir('atelier-marker-'), 'ran');
    const filter = path.join(repo.dir, '.git', 'filter-trap.sh');
    fs.writeFileSync(filter, `#!/bin/sh\ntouch '${marker}'\ncat\n`, { mode: 0o755 });
    repo.git('config', 'filter.trap.clean', filter);
    repo.git('config', 'filter.trap.smudge', filter);
    fs.writeFileSync(path.join(repo.dir, '.gitattributes'), '*.md filter=trap\n');
    repo.edit(LYON, 'capacity: 15', 'capacity: 16');
    // The trap is real: plain git runs it.
    repo.git('status', '--porcelain');
    assert.ok(fs.existsSync(marker), 'plain git status runs the clean filter');
    fs.rmSync(marker);
    const ws = ['--workspace', repo.dir, '--today', TODAY, '--no-cache'];
    for (const args of [
      ['signin-sheet', '2026-03-12-atelier-lyon', '--duplicate', ...ws],
      ['validate', '--base', 'HEAD', ...ws],
      ['diff', 'HEAD', ...ws],
    ]) {
      const r = await atelier(args, repo.dir);
      assert.ok(r.status === 0 || r.status === 1, `${args[0]}: ${r.stderr}`);
      assert.ok(!fs.existsSync(marker), `${args.slice(0, 2).join(' ')} ran the repository's filter`);
    }
  });

  it('answers at once when git is not installed, leaving no timer behind to keep the process waiting', async () => {
    // In a process of its own, as the CLI runs: what is still active once git was found missing.
    const script = [
      `const { runGit } = require(${JSON.stringify(path.join(__dirname, '..', '..', 'src', 'node', 'git.ts'))});`,
      `process.env.PATH = ${JSON.stringify(tempDir('atelier-no-git-'))};`,
      "runGit(process.cwd(), ['status']).then((r) => setImmediate(() => {",
      '  console.log(JSON.stringify({ missing: r.missing, active: process.getActiveResourcesInfo() }));',
      '  process.exit(0);',
      '}));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    const { missing, active } = JSON.parse(out) as { missing: boolean; active: string[] };
    assert.strictEqual(missing, true);
    assert.ok(!active.includes('Timeout'), `still waiting on: ${active.join(', ')}`);
  });

  it('the binary exits 2 with the message when git is missing (validate --base)', async () => {
    const repo = Repo.sample();
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BINARY, 'validate', '--base', 'HEAD', '--no-cache'], {
        cwd: repo.dir,
        env: { ...process.env, PATH: tempDir('atelier-no-git-') },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stderr }));
    });
    assert.strictEqual(r.status, 2, r.stderr);
    assert.match(r.stderr, /^atelier: git is not installed \(or not on the PATH\)/);
  });

  it('reads a file whose name holds a line break from history like any other (no false late participants)', async () => {
    const repo = Repo.sample('2026-01-05');
    const base = repo.git('rev-parse', 'HEAD').trim();
    const odd = 'sessions/2026-03-12-atelier\nlyon.md';
    const plain = 'sessions/2026-03-12-atelier-lyon-copie.md';
    for (const f of [odd, plain]) fs.copyFileSync(path.join(repo.dir, LYON), path.join(repo.dir, f));
    repo.commit('Two copies of a session, planned ahead', '2026-02-01');
    const v = await validate(repo.dir, ['--base', base]);
    const of = (file: string) =>
      v.diagnostics
        .filter((d) => d.file === file)
        .map((d) => `${d.line}:${d.column} ${d.code}`)
        .sort();
    assert.ok(of(plain).length > 0, 'the copy has findings of its own (ids, mission)');
    assert.deepStrictEqual(of(odd), of(plain));
    assert.ok(!v.diagnostics.some((d) => d.code === 'review.late-participant'), v.stdout);
  });
});
