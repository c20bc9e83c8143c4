/** Runs the real `atelier` binary (bin/atelier.js → dist/cli.js, built by `npm test`). */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const SAMPLE = path.join(ROOT, 'sample-workspace');

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

const CACHE_DIR = path.join(os.tmpdir(), `atelier-test-cache-${process.pid}`);
/** Temp folders made here (workspace copies, the CLI's cache), removed when the run ends. */
const made: string[] = [CACHE_DIR];
after(() => made.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

export function atelier(args: string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'atelier.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ATELIER_CACHE_DIR: CACHE_DIR },
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh copy of a folder in a temp directory. */
export function copyToTemp(src: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-ws-'));
  made.push(dir);
  fs.cpSync(src, dir, { recursive: true });
  return dir;
}
