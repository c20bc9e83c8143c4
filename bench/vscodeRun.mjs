// One run of a benchmark suite in code-server (scripts/test-vscode.mjs), shared by bench/vscode.mjs
// (the Node extension host) and bench/web.mjs (the web worker host), and how their runs are summed up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

/**
 * Runs the suites of `suiteDir` on a copy of `src` (with `--web` in the web worker host), each run
 * with a fresh analysis cache folder: the figures the suite wrote, or `{ failed }` with why.
 */
export function runBenchSuite(suiteDir, src, { web = false } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atelier-vsbench-'));
  const out = path.join(tmp, 'figures.json');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/test-vscode.mjs'), ...(web ? ['--web'] : [])], {
    cwd: root,
    env: {
      ...process.env,
      ATELIER_VSCODE_SUITE_DIR: suiteDir,
      ATELIER_VSCODE_WORKSPACE_SRC: src,
      ATELIER_VSCODE_BENCH_OUT: out,
      ATELIER_VSCODE_TIMEOUT: '600',
      ATELIER_CACHE_DIR: path.join(tmp, 'cache'),
    },
    encoding: 'utf8',
  });
  const figures = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
  rmSync(tmp, { recursive: true, force: true });
  return figures ?? { failed: (r.stdout + r.stderr).split('\n').slice(-5).join(' ') };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
export const range = (xs) => `${Math.min(...xs)}–${Math.max(...xs)}`;
