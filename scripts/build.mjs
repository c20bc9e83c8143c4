// Bundles the extension and the CLI with esbuild; `vscode` is provided by VS Code at run time.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildBrowserEntry } from './browserBundle.mjs';
import { VALIDATORS_FILE, validatorsCode } from './validators.mjs';

// Changes whenever the sources or schemas change: the CLI's analysis cache is keyed on it.
function sourceHash() {
  const h = createHash('sha1');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(p).update(readFileSync(p));
    }
  };
  walk('src');
  walk('schemas');
  return h.digest('hex').slice(0, 16);
}

// pdfkit 0.19 parses the font and shapes every word again for each document: the bundles give it
// src/node/sharedFonts.ts, which parses each font once and remembers layouts, instead of fontkit.
const SHARED_FONTS = path.resolve('src/node/sharedFonts.ts');
const sharedFonts = {
  name: 'shared-fonts',
  setup(b) {
    b.onResolve({ filter: /^fontkit$/ }, (args) =>
      path.resolve(args.importer) === SHARED_FONTS ? undefined : { path: SHARED_FONTS },
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [sharedFonts],
  define: { __BUILD_ID__: JSON.stringify(sourceHash()) },
};

// The CLI's document commands require dist/documents.js when they run (the extension does the same):
// validating does not load the PDF and mail libraries, three quarters of the code.
const documentsApart = {
  name: 'documents-apart',
  setup(b) {
    b.onResolve({ filter: /\/node\/documents$/ }, (args) =>
      args.importer.split(path.sep).join('/').includes('/src/cli/')
        ? { path: './documents.js', external: true }
        : undefined,
    );
  },
};

// The schemas' validators, compiled ahead of time, are part of the core every bundle carries.
writeFileSync(VALIDATORS_FILE, validatorsCode());

await Promise.all([
  build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    plugins: [documentsApart, sharedFonts],
  }),
  build({ ...common, entryPoints: ['src/node/worker.ts'], outfile: 'dist/worker.js' }),
  build({ ...common, entryPoints: ['src/node/index.ts'], outfile: 'dist/atelier.js' }),
  build({ ...common, entryPoints: ['src/node/documentsApi.ts'], outfile: 'dist/documents.js' }),
  // The browser entry (vscode.dev, github.dev): fails on any Node built-in (scripts/browserBundle.mjs).
  buildBrowserEntry('src/extension/browser.ts', 'dist/browser.js', {
    define: { __BUILD_ID__: JSON.stringify(sourceHash()) },
  }).catch((e) => {
    console.error(`dist/browser.js: ${e.errors?.map((x) => x.text).join('\n') || e.message}`);
    process.exit(1);
  }),
  // Webview apps run in the browser side of VS Code.
  build({
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    sourcemap: true,
    logLevel: 'warning',
    entryPoints: ['src/webview/emailPreview/main.ts'],
    outfile: 'dist/webview/emailPreview.js',
  }),
  // The dashboard, with Chart.js inside (no CDN): minified, it is loaded on every opening.
  build({
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
    legalComments: 'linked',
    entryPoints: ['src/webview/dashboard/main.ts'],
    outfile: 'dist/webview/dashboard.js',
  }),
]);

mkdirSync('dist/webview', { recursive: true });
copyFileSync('src/webview/emailPreview/style.css', 'dist/webview/emailPreview.css');
copyFileSync('src/webview/dashboard/style.css', 'dist/webview/dashboard.css');

// The PDF font travels with the bundles (the .vsix has no node_modules).
const fonts = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
mkdirSync('dist/fonts/Roboto', { recursive: true });
for (const f of ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf', 'Roboto-MediumItalic.ttf'])
  copyFileSync(path.join(fonts, f), path.join('dist/fonts/Roboto', f));
