/**
 * The dashboard webview as a standalone page in headless Chromium (Debian's, driven by
 * playwright-core), with this test process playing the extension host: it answers the page's
 * messages with models computed by the core, and records what the page asks to open.
 * Everything is served from memory on http://atelier.test/: no network.
 */
import { build } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { computeDashboard } from '../../src/core/dashboard/dashboard';
import type { Workspace } from '../../src/core/workspace';
import { dashboardPage, makeNonce } from '../../src/core/dashboard/page';
import type { HostToView, ViewToHost } from '../../src/webview/dashboard/protocol';

const ROOT = path.join(__dirname, '..', '..');
const ORIGIN = 'http://atelier.test';
export const CHROMIUM = process.env.ATELIER_CHROMIUM || '/usr/bin/chromium';

/** Bundles the webview app from the sources (the same options as scripts/build.mjs). */
export async function bundleWebview(): Promise<{ js: string; css: string }> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'src/webview/dashboard/main.ts')],
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return {
    js: out.outputFiles[0].text,
    css: fs.readFileSync(path.join(ROOT, 'src/webview/dashboard/style.css'), 'utf8'),
  };
}

export type Theme = 'light' | 'dark';

export interface Harness {
  context: BrowserContext;
  page: Page;
  /** Every message the page sent, in order. */
  messages: ViewToHost[];
  /** Content Security Policy violations reported by the page. */
  violations: string[];
  /** The workspace the host answers from (replace it to simulate edits, then `push`). */
  workspace: Workspace;
  /** Sends a fresh model for the page's current filters, as the extension does after an edit. */
  push(): Promise<void>;
  /** Resolves once the page has drawn at least `renders` models. */
  rendered(renders?: number): Promise<void>;
  open(theme?: Theme): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(workspace: Workspace, assets: { js: string; css: string }): Promise<Harness> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-dashboard-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
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
    deviceScaleFactor: 1,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let theme: Theme = 'light';
  const h: Harness = {
    context,
    page,
    messages: [],
    violations: [],
    workspace,
    push: async () => {
      const filters =
        [...h.messages]
          .reverse()
          .find((m): m is Extract<ViewToHost, { filters: unknown }> => m.type === 'ready' || m.type === 'filters')
          ?.filters ?? {};
      await send({ type: 'model', model: computeDashboard(h.workspace, filters) });
    },
    rendered: async (renders = 1) => {
      await page.waitForFunction(
        (n) => document.body.dataset.state === 'ready' && Number(document.body.dataset.renders ?? 0) >= n,
        renders,
        // A render takes well under a second; the margin is for a machine busy with other work.
        { timeout: 30_000 },
      );
    },
    open: async (t: Theme = 'light') => {
      theme = t;
      await page.goto(`${ORIGIN}/dashboard.html`);
      await h.rendered();
    },
    close: async () => {
      await context.close();
      await fs.promises.rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  const send = (m: HostToView) => page.evaluate((msg) => window.postMessage(msg, '*'), m);

  // Nothing leaves the machine: every request is answered here, anything else is refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    const file: Record<string, [string, string]> = {
      '/dashboard.html': [
        'text/html',
        themed(
          dashboardPage({
            cspSource: ORIGIN,
            nonce: makeNonce(),
            scriptUri: `${ORIGIN}/dashboard.js`,
            styleUri: `${ORIGIN}/dashboard.css`,
            lang: 'fr',
          }),
          theme,
        ),
      ],
      '/dashboard.js': ['text/javascript', assets.js],
      '/dashboard.css': ['text/css', assets.css],
      '/theme.css': ['text/css', fs.readFileSync(path.join(__dirname, 'themes', `${theme}.css`), 'utf8')],
    };
    const hit = file[url.pathname];
    return hit
      ? route.fulfill({ status: 200, contentType: hit[0], body: hit[1] })
      : route.fulfill({ status: 404, body: '' });
  });
  // The webview API VS Code provides; its state lives in sessionStorage so it survives a reload, as VS Code's does.
  await page.exposeBinding('__atelierHost', async (_source, m: ViewToHost) => {
    h.messages.push(m);
    if (m.type === 'ready' || m.type === 'filters')
      await send({ type: 'model', model: computeDashboard(h.workspace, m.filters) });
  });
  await page.exposeBinding('__cspViolation', (_source, text: string) => void h.violations.push(text));
  // A string, not a function: the test's TypeScript transform would add helpers the page lacks.
  await page.addInitScript(`
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__atelierHost(m),
      getState: () => JSON.parse(sessionStorage.getItem('vscode-state') ?? 'null') ?? undefined,
      setState: (s) => sessionStorage.setItem('vscode-state', JSON.stringify(s)),
    });
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(e.violatedDirective + ' ' + e.blockedURI));
  `);
  return h;
}

/** The page as VS Code shows it: the theme's class on the body and its variables. */
function themed(html: string, theme: Theme): string {
  return html
    .replace('<body ', `<body class="vscode-${theme}" data-vscode-theme-kind="vscode-${theme}" `)
    .replace('</head>', `<link rel="stylesheet" href="${ORIGIN}/theme.css">\n</head>`);
}
