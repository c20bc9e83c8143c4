// Bundles the extension and the CLI with esbuild; `vscode` is provided by VS Code at run time.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', legalComments: 'none', define: { __BUILD_ID__: JSON.stringify(sourceHash()) } };

await Promise.all([
  build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: ['src/node/worker.ts'], outfile: 'dist/worker.js' }),
  build({ ...common, entryPoints: ['src/node/index.ts'], outfile: 'dist/atelier.js' }),
  build({ ...common, entryPoints: ['src/node/documentsApi.ts'], outfile: 'dist/documents.js' }),
]);
