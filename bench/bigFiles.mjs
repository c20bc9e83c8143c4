// Bounded work on hostile or unusual input: `node bench/bigFiles.mjs` (after `npm run build`).
// A copy of the sample workspace gets, in turn,
//  - a 9 MB session (about 40,000 participants, over capacity: diagnostics to position in it);
//  - a record of nested YAML aliases ("billion laughs": 8 levels of 9 aliases, 0.5 kB, 9^8 values);
// and the real CLI validates it in a fresh process: without cache, then with an empty cache (which it
// fills), then warm. For each it prints the time (Node start-up included), the peak memory, the exit
// status and the size of the cache file. Prints a table, then one JSON line.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist', 'cli.js');
const TODAY = '2026-11-23';
const RSS_HOOK = `--import=data:text/javascript,import fs from 'node:fs';process.on('exit',()=>fs.writeSync(2,'BENCH_MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;

function bigSession() {
  const head = [
    '---',
    'type: session',
    'title: "Très grande session — banc d\'essai"',
    'programme: outils-numeriques-ethiques',
    'offer: inter',
    'kind: training-day',
    'status: planned',
    'slots:',
    '  - date: 2026-12-08',
    '    start: "09:30"',
    '    end: "12:30"',
    'capacity: 20',
    'participants:',
  ].join('\n');
  const parts = [];
  let size = head.length;
  for (let i = 0; size < 9_000_000; i++) {
    const p = `  - first_name: Prénom${i}\n    last_name: Nom${i}\n    email: p${i}@exemple.example\n    organisation: Association Terre Vivante des Monts\n    function: chargée de mission\n    added_on: 2026-11-02\n    attendance: [null]\n`;
    parts.push(p);
    size += p.length;
  }
  return `${head}\n${parts.join('')}---\n`;
}

function laughs() {
  const lines = ['---', 'type: session', 'title: Rire', 'kind: workshop', 'status: planned'];
  lines.push('a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]');
  for (let i = 1; i < 8; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n---\n`;
}

function run(dir, cacheDir, args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [RSS_HOOK, CLI, 'validate', '--workspace', dir, '--today', TODAY, ...args], {
    env: { ...process.env, ATELIER_CACHE_DIR: cacheDir },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: 600_000,
  });
  const seconds = (performance.now() - t) / 1000;
  const cacheBytes = readdirSync(cacheDir).reduce((n, f) => n + statSync(path.join(cacheDir, f)).size, 0);
  return {
    seconds,
    maxRssMB: Number(/BENCH_MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024,
    status: r.status ?? r.signal,
    cacheMB: cacheBytes / 1e6,
  };
}

const cases = [
  ['9 MB session', 'sessions/2026-12-08-tres-grande.md', bigSession()],
  ['billion laughs', 'sessions/2026-12-09-rire.md', laughs()],
];
const rows = [];
const results = {};
for (const [name, file, text] of cases) {
  const dir = mkdtempSync(path.join(tmpdir(), 'atelier-bench-big-'));
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'atelier-bench-big-cache-'));
  try {
    cpSync(path.join(ROOT, 'sample-workspace'), dir, { recursive: true });
    writeFileSync(path.join(dir, file), text);
    process.stderr.write(`${name}: ${(Buffer.byteLength(text) / 1e6).toFixed(3)} MB…\n`);
    results[name] = {
      bytes: Buffer.byteLength(text),
      noCache: run(dir, cacheDir, ['--no-cache']),
      fillCache: run(dir, cacheDir, []),
      warm: run(dir, cacheDir, []),
    };
    for (const [step, r] of Object.entries(results[name]).filter(([k]) => k !== 'bytes')) {
      rows.push([name, step, r.seconds.toFixed(2), r.maxRssMB.toFixed(0), String(r.status), r.cacheMB.toFixed(2)]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
const head = ['case', 'run', 'time (s)', 'peak RSS (MB)', 'exit', 'cache (MB)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log([line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
console.log(JSON.stringify(results));
