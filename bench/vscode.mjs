// The extension in a real VS Code (code-server's extension host): activation, time to first
// diagnostics and the extension host's peak memory, on the sample workspace and on 10,000 generated
// records (bench/out/ws-10000, made by bench/run.mjs). Each 10,000-record run starts VS Code afresh
// with an empty analysis cache (cold, as the CLI's --no-cache); VSCODE_BENCH_RUNS runs (default 5)
// show the spread. Then the goals of issue 9, next to the CLI's figures of the same `npm run bench`
// (bench/out/results.json, written by bench/run.mjs).
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, range, runBenchSuite } from './vscodeRun.mjs';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const RUNS = Number(process.env.VSCODE_BENCH_RUNS || 5);
const targets = [
  { label: 'sample workspace', src: 'sample-workspace', runs: 1 },
  { label: '10,000 records', src: 'bench/out/ws-10000', runs: RUNS },
];

const runOnce = (src) => runBenchSuite('test/vscode/bench', src);

const measured = {};
const rows = [];
for (const t of targets) {
  if (!existsSync(path.join(root, t.src))) {
    rows.push(`${t.label.padEnd(18)} (missing: run bench/run.mjs first to generate ${t.src})`);
    continue;
  }
  const runs = [];
  for (let i = 0; i < t.runs; i++) {
    process.stderr.write(`VS Code on ${t.label}: run ${i + 1} of ${t.runs}…\n`);
    const f = runOnce(t.src);
    if (f.failed) {
      rows.push(`${t.label.padEnd(18)} failed: ${f.failed}`);
      break;
    }
    runs.push(f);
  }
  if (!runs.length) continue;
  const first = runs.map((f) => f.firstDiagnosticsMs);
  const rss = runs.map((f) => f.peakRssMB);
  measured[t.src] = { firstMs: median(first), firstRuns: first, peakRssMB: Math.max(...rss) };
  rows.push(
    [
      t.label.padEnd(18),
      String(runs[0].records).padStart(7),
      String(median(runs.map((f) => f.activateMs))).padStart(12),
      String(median(first)).padStart(22),
      range(first).padStart(14),
      String(Math.max(...rss)).padStart(14),
      String(runs.length).padStart(5),
    ].join(' '),
  );
}
console.log(
  `\nVS Code (code-server, real extension host; cold: empty analysis cache)\n${[
    'workspace'.padEnd(18),
    'records'.padStart(7),
    'activate ms'.padStart(12),
    'first diagnostics ms'.padStart(22),
    'runs (ms)'.padStart(14),
    'peak RSS MB'.padStart(14),
    'runs'.padStart(5),
  ].join(' ')}`,
);
for (const r of rows) console.log(r);

// The goals of issue 9 at 10,000 records, with the CLI figures bench/run.mjs measured in this run.
const resultsFile = path.join(root, 'bench/out/results.json');
const cliSteps = existsSync(resultsFile)
  ? JSON.parse(readFileSync(resultsFile, 'utf8')).sizes?.[10000]?.steps
  : undefined;
const vs = measured['bench/out/ws-10000'];
if (!cliSteps || !vs) {
  console.log('\n(goals not judged: run the whole `npm run bench`, which measures the CLI at 10,000 records first)');
} else {
  const secs = (xs) => xs.map((x) => x.toFixed(2)).join(', ');
  const verdict = (ok) => (ok ? 'MET' : 'NOT MET');
  const { cliCold, cliWarm, yaml } = cliSteps;
  const goals = [
    [
      'first diagnostics in VS Code ≤ 1.2× the CLI cold',
      vs.firstMs / 1000 <= 1.2 * cliCold.seconds,
      `${(vs.firstMs / 1000).toFixed(2)} s (runs ${secs(vs.firstRuns.map((m) => m / 1000))}) = ${(vs.firstMs / 1000 / cliCold.seconds).toFixed(2)}× the CLI cold ${cliCold.seconds.toFixed(2)} s`,
    ],
    [
      'CLI cold ≤ 1.2× the js-yaml parse floor',
      cliCold.seconds <= 1.2 * yaml.seconds,
      `${cliCold.seconds.toFixed(2)} s (runs ${secs(cliCold.runs)}) = ${(cliCold.seconds / yaml.seconds).toFixed(2)}× the floor ${yaml.seconds.toFixed(2)} s (runs ${secs(yaml.runs)})`,
    ],
    ['CLI warm ≤ 0.6 s', cliWarm.seconds <= 0.6, `${cliWarm.seconds.toFixed(2)} s (runs ${secs(cliWarm.runs)})`],
    ['extension host peak memory ≤ 300 MB', vs.peakRssMB <= 300, `${vs.peakRssMB} MB (highest of the runs)`],
  ];
  console.log(`\nGoals of issue 9 at 10,000 records (medians; 1-min load average now ${os.loadavg()[0].toFixed(2)}):`);
  for (const [goal, ok, text] of goals) console.log(`  ${goal}: ${text} → ${verdict(ok)}`);
}
