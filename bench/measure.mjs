// One measured step, run by run.mjs in a fresh child process so that every run starts cold
// (no JIT, no module state) and its peak memory is its own: node bench/measure.mjs STEP DIR.
// Prints one JSON line: { seconds, maxRssMB, ... }. Module loading is not timed.
import { promises as fs, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import { TODAY } from './generate.mjs';
import { listMarkdown, runPeer } from './peer.mjs';

const require = createRequire(import.meta.url);
// The CommonJS bundle built by `npm run build`; run.mjs passes its private copy of dist/.
const atelier = () =>
  require(path.join(process.env.BENCH_DIST ?? fileURLToPath(new URL('../dist', import.meta.url)), 'atelier.js'));

// Synchronous reads: for thousands of small files they are several times faster than fs.promises,
// and a floor must be the fastest way (the Atelier CLI reads the same way).
const readAll = async (dir) => (await listMarkdown(dir)).map((rel) => readFileSync(path.join(dir, rel), 'utf8'));

/** A session edited in the editor: alternately its own text and one with a participant's function changed. */
async function revalidate(dir) {
  const { sixty } = JSON.parse(await fs.readFile(path.join(dir, 'bench.json'), 'utf8'));
  const workspace = await atelier().loadWorkspace(dir, { today: TODAY, cache: false });
  const original = await fs.readFile(path.join(dir, sixty), 'utf8');
  const texts = [original.replace(/^( {4}function: )(.*)$/m, '$1"$2 (modifiée)"'), original];
  if (texts[0] === original) throw new Error('the edit did not change the text');
  const loop = async (withAffected) => {
    const ms = [];
    let affected = 0;
    let problems = 0;
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      const changed = await workspace.update(sixty, texts[i % 2]);
      // What the editor shows: the edited file, and optionally every file whose diagnostics may change.
      for (const p of withAffected ? changed : [sixty]) problems += workspace.diagnosticsOf(p).length;
      ms.push(performance.now() - t);
      affected = changed.size;
    }
    ms.sort((a, b) => a - b);
    return { medianMs: (ms[99] + ms[100]) / 2, p95Ms: ms[189], affected, problems };
  };
  const participants = (original.match(/^ {2}- first_name:/gm) ?? []).length;
  return { file: sixty, participants, own: await loop(false), withAffected: await loop(true) };
}

const STEPS = {
  // Floor: list and read every Markdown file.
  read: async (dir) => ({ files: (await readAll(dir)).length }),
  // Floor: read, cut out the front matter and parse it with js-yaml (CORE_SCHEMA, as Atelier does: dates stay strings).
  yaml: async (dir) => {
    let records = 0;
    for (const text of await readAll(dir)) {
      const m = /^---\r?\n([\s\S]*?)^---\r?$/m.exec(text);
      if (m && load(m[1], { schema: CORE_SCHEMA })?.type) records++;
    }
    return { records };
  },
  // Atelier in-process; ATELIER_CACHE_DIR (set by run.mjs) keeps the cache away from the user's.
  cold: (dir) => validate(dir, false),
  warm: (dir) => validate(dir, true),
  peer: async (dir) =>
    runPeer(
      dir,
      process.argv[4] ? JSON.parse(process.argv[4]) : undefined,
      process.argv[5] ? Number(process.argv[5]) : undefined,
    ),
  revalidate,
};

async function validate(dir, cache) {
  const workspace = await atelier().loadWorkspace(dir, { today: TODAY, cache });
  const diagnostics = workspace.diagnostics();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    files: workspace.fileCount,
    records: workspace.records().length,
    errors,
    warnings: diagnostics.length - errors,
  };
}

const [step, dir] = process.argv.slice(2);
const run = STEPS[step];
if (!run || !dir) {
  console.error(`usage: node bench/measure.mjs ${Object.keys(STEPS).join('|')} DIR`);
  process.exit(2);
}
const t = performance.now();
const result = await run(path.resolve(dir));
const seconds = (performance.now() - t) / 1000;
console.log(JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, ...result }));
