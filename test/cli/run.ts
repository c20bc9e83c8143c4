/**
 * The `atelier` command line for the tests: `atelier(...)` runs `cli(argv, io)` in this process
 * (fast, and nothing to time out on a busy machine); `atelierBinary(...)` spawns the real binary
 * (bin/atelier.js → dist/cli.js, built by `npm test`) for the few smoke tests of test/cli/binary.test.ts.
 */
import { spawn } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { cli } from '../../src/cli/cli';
import { removeAtEnd } from '../helpers/temp';

export { copyToTemp } from '../helpers/temp';

export const ROOT = path.join(__dirname, '..', '..');
export const SAMPLE = path.join(ROOT, 'sample-workspace');
export const BINARY = path.join(ROOT, 'bin', 'atelier.js');

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** The CLI's analysis cache for this test run only (the binary and the in-process runs share it). */
export const CACHE_DIR = removeAtEnd(path.join(os.tmpdir(), `atelier-test-cache-${process.pid}`));

/**
 * `atelier ARGS` run in-process from `cwd`, as bin/atelier.js runs it (src/cli/main.ts): the exit
 * status, and everything written on stdout and stderr. The cache folder is this run's, through the
 * variable the binary reads (src/node/cache.ts), set for the call only.
 */
export async function atelier(args: string[], cwd = ROOT): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const saved = process.env.ATELIER_CACHE_DIR;
  process.env.ATELIER_CACHE_DIR = CACHE_DIR;
  try {
    const status = await cli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd });
    return { status, stdout, stderr };
  } catch (e) {
    // What src/cli/main.ts does with a failure the CLI did not expect.
    stderr += `atelier: unexpected failure: ${e instanceof Error ? e.stack : String(e)}\n`;
    return { status: 2, stdout, stderr };
  } finally {
    if (saved === undefined) delete process.env.ATELIER_CACHE_DIR;
    else process.env.ATELIER_CACHE_DIR = saved;
  }
}

/** The real binary, spawned (without blocking this process) from `cwd`, with this run's cache folder. */
export function atelierBinary(args: string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BINARY, ...args], {
      cwd,
      env: { ...process.env, ATELIER_CACHE_DIR: CACHE_DIR },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}
