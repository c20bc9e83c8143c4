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
 * Runs the binary; with `killAt`, kills it (SIGKILL) that many ms after it started. With `watch`,
 * also says when it began writing there (a file created or rewritten since it started), in ms from
 * its start, and how long it wrote: the window the kills are aimed at.
 */
function runBinary(
  args: string[],
  options: { killAt?: number; watch?: string } = {},
): Promise<{ code: number | null; writeStart?: number; writing?: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let writingSince: number | undefined;
    const child = spawn(process.execPath, [BINARY, ...args], {
      env: { ...process.env, ATELIER_CACHE_DIR: CACHE_DIR },
      stdio: 'ignore',
    });
    const kill = options.killAt === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAt);
    const watch = options.watch;
    const poll =
      watch &&
      setInterval(() => {
        if (writingSince === undefined && files(watch).some((f) => mtime(path.join(watch, f)) >= started))
          writingSince = Date.now();
      }, 2);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(kill);
      if (poll) clearInterval(poll);
      const writeStart = writingSince === undefined ? undefined : writingSince - started;
      resolve({ code, writeStart, writing: writingSince === undefined ? undefined : Date.now() - writingSince });
    });
  });
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0; // renamed or removed meanwhile
  }
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
  // Thirteen real runs of the binary, each rendering PDFs; generous for a busy machine.
  this.timeout(300_000);
  after(removeTempWorkspaces);

  it('leaves every file under a final name whole, whenever the process is killed', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 30 }) });
    const out = path.join(dir, 'generated');
    const commands = [
      ['signin-sheet', BIG, '--workspace', dir, '--today', TODAY],
      ['certificates', BIG, '--workspace', dir, '--today', TODAY],
    ];
    // When and how long each command writes here, so the kills fall before, during and after the writes.
    const windows: { start: number; span: number }[] = [];
    for (const c of commands) {
      const r = await runBinary(c, { watch: out });
      assert.strictEqual(r.code, 0);
      windows.push({ start: r.writeStart ?? 0, span: Math.max(20, r.writing ?? 0) });
    }
    let killed = 0;
    for (let i = 0; i < 9; i++) {
      // Certificates twice as often: their writes last longest (one file per participant).
      const which = i % 3 === 0 ? 0 : 1;
      const { start, span } = windows[which];
      const r = await runBinary(commands[which], { killAt: Math.max(0, start - span + Math.random() * 3 * span) });
      if (r.code === null) killed++;
      assertWholePdfs(out, `after try ${i + 1} (${commands[which][0]})`);
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
