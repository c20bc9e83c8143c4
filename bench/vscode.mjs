// Activation time and time to first diagnostics of the extension in a real VS Code (code-server),
// on the sample workspace and on 10,000 generated records (bench/out/ws-10000, made by bench/run.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const targets = [
  ['sample workspace', 'sample-workspace'],
  ['10,000 records', 'bench/out/ws-10000'],
];
const rows = [];
for (const [label, src] of targets) {
  if (!existsSync(path.join(root, src))) {
    rows.push(`${label.padEnd(18)} (missing: run bench/run.mjs first to generate ${src})`);
    continue;
  }
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'atelier-vsbench-')), 'figures.json');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/test-vscode.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      ATELIER_VSCODE_SUITE_DIR: 'test/vscode/bench',
      ATELIER_VSCODE_WORKSPACE_SRC: src,
      ATELIER_VSCODE_BENCH_OUT: out,
      ATELIER_VSCODE_TIMEOUT: '600',
    },
    encoding: 'utf8',
  });
  if (!existsSync(out)) {
    rows.push(`${label.padEnd(18)} failed: ${(r.stdout + r.stderr).split('\n').slice(-5).join(' ')}`);
    continue;
  }
  const f = JSON.parse(readFileSync(out, 'utf8'));
  rows.push(
    `${label.padEnd(18)} ${String(f.records).padStart(7)} ${String(f.activateMs).padStart(12)} ${String(f.firstDiagnosticsMs).padStart(22)}`,
  );
}
console.log(
  `\nVS Code (code-server, real extension host)\n${'workspace'.padEnd(18)} ${'records'.padStart(7)} ${'activate ms'.padStart(12)} ${'first diagnostics ms'.padStart(22)}`,
);
for (const r of rows) console.log(r);
