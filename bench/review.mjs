// `node bench/review.mjs` (after a build): the cost of `validate --base` and `diff` on real git
// repositories: the sample workspace, and bench/out/ws-1000 (run `npm run bench` once to generate it)
// with a typical pull request (a dozen records over 3 commits) and a large one (about 650 records
// over 20 commits). Prints the median of 5 CLI runs per step and the review's own steps in-process.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BIN = path.join(ROOT, 'bin', 'atelier.js');
const TODAY = '2026-11-23';
const ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
  ATELIER_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'atelier-review-cache-')),
};

const git = (dir, args, date) =>
  execFileSync('git', args, {
    cwd: dir,
    env: date ? { ...ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString();

const made = [ENV.ATELIER_CACHE_DIR];
process.on('exit', () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repoOf(src) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atelier-review-bench-'));
  made.push(dir);
  cpSync(src, dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'Import'], '2024-06-01T12:00:00+02:00');
  git(dir, ['checkout', '-q', '-b', 'change']);
  return dir;
}

const participant = (i) =>
  `  - first_name: Bench${i}\n    last_name: Test\n    email: bench.${i}@example.org\n    added_on: 2024-06-02\n`;

/** Adds a participant at the end of a session's front matter (its participants list is last). */
function addParticipant(dir, file, i) {
  const p = path.join(dir, file);
  const text = readFileSync(p, 'utf8');
  const end = text.indexOf('\n---', 4);
  writeFileSync(
    p,
    text.slice(0, end + 1) +
      (text.slice(0, end).includes('\nparticipants:') ? '' : 'participants:\n') +
      participant(i) +
      text.slice(end + 1),
  );
}

function change(dir, { commits, perCommit, missions, renames }) {
  const sessions = readdirSync(path.join(dir, 'sessions'))
    .sort()
    .map((f) => `sessions/${f}`);
  let k = 0;
  for (let c = 0; c < commits; c++) {
    // Spread over the sessions: a large change touches most of them, some several times.
    for (let j = 0; j < perCommit; j++)
      addParticipant(dir, sessions[((c * perCommit + j) * 13) % sessions.length], k++);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', `Change ${c}`], `2024-07-${String(c + 1).padStart(2, '0')}T12:00:00+02:00`);
  }
  const mission = readdirSync(path.join(dir, 'missions')).sort().slice(0, missions);
  for (const m of mission) {
    const p = path.join(dir, 'missions', m);
    writeFileSync(p, readFileSync(p, 'utf8').replace(/\nstatus: open\n/, '\nstatus: open\nnotes: relance\n'));
  }
  for (let r = 0; r < renames; r++)
    renameSync(path.join(dir, sessions[r * 31]), path.join(dir, sessions[r * 31].replace('.md', '-bis.md')));
  addParticipant(dir, sessions[5], k); // and one uncommitted change
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// The CLI runs unmodified; this preload reports its own CPU time (git's is not included) when it exits.
const CPU_HOOK = `--import=data:text/javascript,import fs from 'node:fs';process.on('exit',()=>{const u=process.cpuUsage();fs.writeSync(2,'BENCH_CPU '+(u.user+u.system)+'\\n')})`;

function time(dir, args, runs = 5) {
  const wall = [];
  const cpu = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = spawnSync(process.execPath, [CPU_HOOK, BIN, ...args, '--today', TODAY], {
      cwd: dir,
      env: ENV,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    wall.push((performance.now() - t) / 1000);
    if (last.status === 2) throw new Error(last.stderr);
    cpu.push(Number(/BENCH_CPU (\d+)/.exec(last.stderr)?.[1] ?? NaN) / 1e6);
  }
  return { s: median(wall), cpu: median(cpu), status: last.status, stdout: last.stdout };
}

async function inProcess(dir) {
  const api = createRequire(import.meta.url)(path.join(ROOT, 'dist', 'atelier.js'));
  const ws = await api.loadWorkspace(dir, { today: TODAY, cache: false });
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await api.reviewWorkspace(ws, dir, { base: 'main' }));
  const r = runs[runs.length - 1];
  const steps = Object.keys(r.timings)
    .map((k) => `${k} ${median(runs.map((x) => x.timings[k]))} ms`)
    .join(', ');
  const versions = r.result.records.length;
  return `${versions} changed records; review steps (median): ${steps}`;
}

async function report(name, dir) {
  const files = git(dir, ['diff', '--name-only', 'main']).split('\n').filter(Boolean).length;
  const commits = git(dir, ['rev-list', '--count', 'main..HEAD']).trim();
  time(dir, ['validate']); // fill the analysis cache: both sides below run warm
  const plain = time(dir, ['validate']);
  const base = time(dir, ['validate', '--base', 'main', '--format', 'json']);
  const diff = time(dir, ['diff', 'main']);
  const found = JSON.parse(base.stdout).diagnostics.filter((d) => d.code.startsWith('review.')).length;
  console.log(`${name}: ${commits} commit(s), ${files} tracked file(s) changed`);
  const line = (label, r, extra = '') =>
    console.log(`  ${label.padEnd(24)} ${r.s.toFixed(3)} s wall, ${r.cpu.toFixed(3)} s CPU${extra}`);
  line('validate (warm)', plain);
  line('validate --base main', base, `  (+${(base.s - plain.s).toFixed(3)} s wall; ${found} review finding(s))`);
  line('diff main', diff);
  console.log(`  ${await inProcess(dir)}`);
}

const sample = repoOf(path.join(ROOT, 'sample-workspace'));
for (const f of ['sessions/2027-03-18-se-reunir-autrement-lyon.md', 'sessions/2026-10-01-se-reunir-autrement-paris.md'])
  addParticipant(sample, f, 0);
git(sample, ['add', '-A']);
git(sample, ['commit', '-q', '-m', 'Two participants'], '2026-11-20T12:00:00+01:00');
await report('sample workspace (62 records)', sample);

const ws1000 = path.join(ROOT, 'bench', 'out', 'ws-1000');
if (!existsSync(ws1000)) {
  console.log('bench/out/ws-1000 is missing: run `npm run bench` once to generate it.');
} else {
  const small = repoOf(ws1000);
  change(small, { commits: 3, perCommit: 4, missions: 2, renames: 1 });
  await report('ws-1000, a typical pull request', small);
  const large = repoOf(ws1000);
  change(large, { commits: 20, perCommit: 50, missions: 30, renames: 10 });
  await report('ws-1000, a large pull request', large);
}
