// The browser entry's bundle (dist/browser.js) for the web worker extension host of vscode.dev and
// github.dev: CommonJS (VS Code loads it with its own `require`, which provides `vscode`), no Node.
// The build fails when a Node built-in slips in (`fs`, `path`, `worker_threads`, `child_process`…):
// there is no Node in a web worker, and the extension would fail at activation, far from the cause.
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import path from 'node:path';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const BUILTIN_FILTER = new RegExp(`^(${[...BUILTINS].map(escape).join('|')})(/.*)?$`);

/** Refuses any import of a Node built-in, naming it and the file that imports it. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: BUILTIN_FILTER }, (args) => {
      // A package may map a built-in away for browsers (its `browser` field): esbuild follows that.
      if (args.importer.split(path.sep).includes('node_modules') && !args.path.startsWith('node:')) return undefined;
      return {
        errors: [
          {
            text: `${args.path} is a Node built-in: the browser bundle runs in a web worker, without Node (imported by ${path.relative(process.cwd(), args.importer)})`,
          },
        ],
      };
    });
  },
};

const WEB_DOCUMENTS = path.resolve('src/extension/documents/web');
/** The document service's Node adapters, and what takes their place in the browser. */
const SUBSTITUTES = {
  './files': 'files.ts',
  './folders': 'files.ts',
  '../pdf': 'adapters.ts',
  '../glyphs': 'adapters.ts',
  '../eml': 'adapters.ts',
  '../git': 'adapters.ts',
  './attendance': 'attendance.ts',
  path: 'path.ts',
};

/**
 * The desktop's document generators (src/node/documents) run in the browser with their file
 * writing, PDF renderer, mail builder and git replaced (src/extension/documents/web/): the same
 * rules and words on both sides. Only these imports from that folder are replaced; any other Node
 * import there still fails the build.
 */
export const documentsForBrowser = {
  name: 'documents-for-browser',
  setup(b) {
    b.onResolve(
      { filter: /^(\.\/files|\.\/folders|\.\/attendance|\.\.\/pdf|\.\.\/glyphs|\.\.\/eml|\.\.\/git|path)$/ },
      (args) => {
        const from = args.importer.split(path.sep).join('/');
        if (!from.includes('/src/node/documents/')) return undefined;
        return { path: path.join(WEB_DOCUMENTS, SUBSTITUTES[args.path]) };
      },
    );
  },
};

/** Bundles `entry` for the web worker extension host; rejects (esbuild's errors) when it needs Node. */
export function buildBrowserEntry(entry, outfile, options = {}) {
  return build({
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    minify: true,
    sourcemap: true,
    logLevel: 'silent',
    legalComments: 'none',
    external: ['vscode'],
    // A web worker has no `document`: packages that ship a worker build (decode-named-character-reference) use it.
    conditions: ['worker'],
    entryPoints: [entry],
    outfile,
    plugins: [documentsForBrowser, noNodeBuiltins],
    ...options,
  });
}
