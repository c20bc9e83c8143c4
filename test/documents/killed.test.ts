/**
 * `kill -9` at any moment never leaves a half-written document under its final name: the real
 * binary (bin/atelier.js) is killed at random moments while it writes a sign-in sheet of 30
 * participants and their certificates, then every file under a final name must be a whole PDF
 * (`pdfinfo` reads it). What a killed run left in temp files is cleared by the next run.
 */
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { BINARY, CACHE_DIR } from '../cli/run';
import { bigSession, removeTempWorkspaces, TODAY, workspaceWith } from './fixtures';

const BIG = '2026-10-08-grande-journee';

/**
 * Runs the binary. With `kill`, kills it (SIGKILL) `kill.after` ms after it started, or after it
 * printed its first written path (`kill.fromFirstPath`: the writes are then under way). Resolves
 * with the exit code (null when killed), how long it ran, and when it printed its first path.
 */
function runBinary(
  args: string[],
  kill?: { after: number; fromFirstPath?: boolean },
): Promise<{ code: number | null; ran: number; firstPath?: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let firstPath: number | undefined;
    let timer: NodeJS.Timeout | undefined;
    const child = spawn(process.execPath, [BINARY, ...args], {
      env: { ...process.env, ATELIER_CACHE_DIR: CACHE_DIR },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const arm = () => (timer = setTimeout(() => child.kill('SIGKILL'), kill!.after));
    if (kill && !kill.fromFirstPath) arm();
    child.stdout.once('data', () => {
      firstPath = Date.now() - started;
      if (kill?.fromFirstPath) arm();
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, ran: Date.now() - started, firstPath });
    });
  });
}

/** Every file below `dir` (relative paths). */
function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  // Files come and go while a run writes: one renamed since it was listed is simply not there.
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => {
    try {
      return fs.statSync(path.join(dir, f)).isFile();
    } catch {
      return false;
    }
  });
}

function assertWholePdfs(dir: string, when: string): void {
  for (const f of files(dir).filter((f) => !path.basename(f).startsWith('.'))) {
    const file = path.join(dir, f);
    assert.ok(fs.statSync(file).size > 0, `${when}: ${f} is empty`);
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    assert.strictEqual(info.status, 0, `${when}: ${f} is not a readable PDF: ${info.stderr}`);
  }
}

describe('kill -9 while writing documents', function () {
  // Twelve real runs of the binary, each rendering PDFs: about 1 min on an idle machine, 5 on a loaded one.
  this.timeout(900_000);
  after(removeTempWorkspaces);

  it('leaves every file under a final name whole, whenever the process is killed', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 30 }) });
    const out = path.join(dir, 'generated');
    const commands = [
      ['signin-sheet', BIG, '--duplicate', '--workspace', dir, '--today', TODAY],
      ['certificates', BIG, '--workspace', dir, '--today', TODAY],
    ];
    // A first run fills the cache; the second says how long each command takes once warm, and how
    // long it goes on after its first path: the kills fall all along, before and during the writes.
    const timings: { ran: number; tail: number }[] = [];
    for (const c of commands) {
      assert.strictEqual((await runBinary(c)).code, 0);
      const r = await runBinary(c);
      assert.strictEqual(r.code, 0);
      timings.push({ ran: r.ran, tail: Math.max(10, r.ran - (r.firstPath ?? r.ran)) });
    }
    let killed = 0;
    for (let i = 0; i < 8; i++) {
      const which = i % 5 < 2 ? 0 : 1; // certificates more often: their writes last longest
      const { ran, tail } = timings[which];
      const kill = i % 2 ? { after: Math.random() * ran * 1.1 } : { after: Math.random() * tail, fromFirstPath: true };
      const r = await runBinary(commands[which], kill);
      if (r.code === null) killed++;
      assertWholePdfs(
        out,
        `after try ${i + 1} (${commands[which][0]}, killed ${Math.round(kill.after)} ms after ${kill.fromFirstPath ? 'its first path' : 'it started'})`,
      );
    }
    assert.ok(killed > 0, 'at least one run was killed midway');
    // A complete run afterwards: the documents, and no temp file of the killed runs left behind.
    for (const c of commands) assert.strictEqual((await runBinary(c)).code, 0);
    assertWholePdfs(out, 'after complete runs');
    assert.deepStrictEqual(
      files(out).filter((f) => f.endsWith('.atelier-tmp')),
      [],
    );
    assert.strictEqual(files(out).filter((f) => f.endsWith('.pdf')).length, 1 + 29);
  });
});
