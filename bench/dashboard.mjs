// First paint of the dashboard with 10,000 records: `node bench/dashboard.mjs` (after `npm run build`).
// The workspace is loaded and its diagnostics published first, as the extension has it when the
// command runs. Then, as in VS Code: the page (dist/webview, in headless Chromium) loads while the
// host computes the model; the page says "ready", the host posts the model, the page draws it. The page measures itself
// (performance.now() at the first frame after drawing, from navigation start), as the extension logs.
// One cold run (fresh browser profile), then RUNS warm reloads; the floor (1 s) applies to both.
// Prints a table, then one JSON line; exits 1 when the floor is missed.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { GENERATOR_VERSION, TODAY, writeWorkspace } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const atelier = require(path.join(ROOT, 'dist', 'atelier.js'));
const N = Number(process.env.BENCH_DASHBOARD_N ?? 10000);
const RUNS = 5;
const FLOOR_MS = 1000;

/** bench/out/ws-N, generated unless run.mjs already made it with this generator version. */
function workspaceDir(n) {
  const dir = path.join(ROOT, 'bench', 'out', `ws-${n}`);
  const manifest = path.join(dir, 'bench.json');
  if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === GENERATOR_VERSION) return dir;
  writeWorkspace(n, `${dir}.tmp`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(`${dir}.tmp`, dir);
  return dir;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const dir = workspaceDir(N);
const t = performance.now();
const ws = await atelier.loadWorkspace(dir, { today: TODAY, cache: false });
ws.diagnostics(); // the extension publishes every file's diagnostics before anyone opens the dashboard
const loadMs = performance.now() - t;

const modelMs = [];
let modelBytes = 0;
// The page and its assets are read by Chromium from disk, as a webview reads them from the
// extension folder: the host's thread stays free to compute the model meanwhile.
const site = mkdtempSync(path.join(tmpdir(), 'atelier-bench-dashboard-site-'));
for (const f of ['dashboard.js', 'dashboard.css']) copyFileSync(path.join(ROOT, 'dist/webview', f), path.join(site, f));
const pageUrl = pathToFileURL(path.join(site, 'dashboard.html')).href;
const profile = mkdtempSync(path.join(tmpdir(), 'atelier-bench-dashboard-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.ATELIER_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 1280, height: 900 },
});
const compute = (filters) => {
  const s = performance.now();
  const model = atelier.computeDashboard(ws, filters);
  modelMs.push(performance.now() - s);
  return model;
};
const paints = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await context.route(/^https?:/, (route) => route.abort()); // nothing from the network
  let painted;
  let prepared;
  // The host side, as DashboardPanel: the model computed while the page loads is sent when it says "ready".
  await page.exposeBinding('__atelierHost', async (_source, m) => {
    if (m.type === 'ready') {
      const model = prepared ?? compute(m.filters);
      prepared = undefined;
      // As a webview's postMessage carries it: JSON text, parsed on the page's side.
      const json = JSON.stringify({ type: 'model', model });
      modelBytes = json.length;
      await page.evaluate((text) => window.postMessage(JSON.parse(text), '*'), json);
    } else if (m.type === 'painted') {
      const marks = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, Math.round(e.startTime)])),
      );
      painted({ ms: m.ms, ready: marks['atelier-ready'], received: marks['atelier-model-received'] });
    }
  });
  await page.addInitScript(
    `window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__atelierHost(m), getState: () => undefined, setState: () => {} });`,
  );
  for (let i = 0; i <= RUNS; i++) {
    writeFileSync(
      path.join(site, 'dashboard.html'),
      atelier.dashboardPage({
        cspSource: 'file:',
        nonce: randomBytes(18).toString('base64url'),
        scriptUri: 'dashboard.js',
        styleUri: 'dashboard.css',
        lang: 'fr',
      }),
    );
    const done = new Promise((resolve) => (painted = resolve));
    await page.goto(pageUrl, { waitUntil: 'commit' });
    prepared = compute({});
    paints.push(await done);
  }
  // The measurement counts only if the page was whole: style sheet applied, charts drawn.
  const whole = await page.evaluate(
    () =>
      getComputedStyle(document.querySelector('.cards')).display === 'grid' &&
      document.querySelectorAll('canvas').length >= 3,
  );
  if (!whole) throw new Error('the page was not drawn whole (style sheet or charts missing): the measurement is void');
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
}

const [cold, ...warm] = paints.map((p) => p.ms);
const split = (p) => `script ran at ${p.ready} ms, model in at ${p.received} ms, drawn at ${p.ms} ms`;
const result = {
  n: N,
  records: ws.records().length,
  loadMs: Math.round(loadMs),
  modelMs: modelMs.map(Math.round),
  modelKB: Math.round(modelBytes / 1024),
  firstPaintColdMs: cold,
  firstPaintWarmMs: warm,
  firstPaintMedianMs: median(warm),
  floorMs: FLOOR_MS,
};
const met = cold <= FLOOR_MS && median(warm) <= FLOOR_MS;
console.log(
  `dashboard first paint, ${result.records} records (workspace loaded in ${(loadMs / 1000).toFixed(1)} s beforehand)`,
);
console.log(`  model computed by the host: ${result.modelMs.join(', ')} ms; ${result.modelKB} KB of JSON`);
console.log(
  `  first paint (navigation start → figures drawn): cold ${cold} ms; warm ${warm.join(', ')} ms (median ${median(warm)} ms)`,
);
console.log(`  cold: ${split(paints[0])}; last warm: ${split(paints.at(-1))}`);
console.log(`  floor ≤ ${FLOOR_MS} ms → ${met ? 'MET' : 'MISSED'}`);
console.log(JSON.stringify(result));
process.exit(met ? 0 : 1);
