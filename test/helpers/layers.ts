/**
 * The layer rules of src/, checked on the import statements of every file: which folder may import
 * which. `layerViolations(srcDir)` lists each broken rule as "file → import: why".
 */
import { builtinModules } from 'module';
import * as fs from 'fs';
import * as path from 'path';

type Layer = 'core' | 'node' | 'cli' | 'extension' | 'webview';
const LAYERS: readonly Layer[] = ['core', 'node', 'cli', 'extension', 'webview'];

interface Import {
  specifier: string;
  /** `import type …` / `export type …`: erased at build, no code follows it. */
  typeOnly: boolean;
}

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

/** Static imports and re-exports, dynamic `import()` and `require()` of a TypeScript file. */
export function importsOf(text: string): Import[] {
  const found: Import[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(statement)) found.push({ specifier: m[3], typeOnly: Boolean(m[2]) });
  for (const m of text.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ specifier: m[1], typeOnly: false });
  return found;
}

/** The file a relative specifier names (`./x` → x.ts or x/index.ts), or undefined for a package. */
function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  return `${base}.ts`;
}

function layerOf(srcDir: string, file: string): Layer | undefined {
  const top = path.relative(srcDir, file).split(path.sep)[0];
  return LAYERS.find((l) => l === top);
}

/** A core module the webview may run: one whose own imports are all type-only (pure data and functions). */
function isLeaf(file: string): boolean {
  return fs.existsSync(file) && importsOf(fs.readFileSync(file, 'utf8')).every((i) => i.typeOnly);
}

export function layerViolations(srcDir: string): string[] {
  const out: string[] = [];
  const frontDoor = path.join(srcDir, 'core', 'index.ts');
  for (const file of sources(srcDir)) {
    const from = layerOf(srcDir, file);
    if (!from) continue;
    for (const imp of importsOf(fs.readFileSync(file, 'utf8'))) {
      const target = resolveRelative(file, imp.specifier);
      const to = target ? layerOf(srcDir, target) : undefined;
      const why = ruleBroken(from, to, imp, target, frontDoor);
      if (why) out.push(`${path.relative(srcDir, file)} → ${imp.specifier}: ${why}`);
    }
  }
  return out;
}

function ruleBroken(
  from: Layer,
  to: Layer | undefined,
  imp: Import,
  target: string | undefined,
  frontDoor: string,
): string | undefined {
  const builtin = BUILTINS.has(imp.specifier);
  const vscode = imp.specifier === 'vscode';
  if (to === 'cli' && from !== 'cli') return 'nothing imports the CLI but its own entry (bin/atelier.js)';
  if (to === 'extension' && from !== 'extension') return 'only the extension imports the extension';
  switch (from) {
    case 'core':
      if (vscode || builtin) return 'the core runs in Node and browsers: no vscode, no Node built-ins';
      if (to && to !== 'core') return `the core imports nothing from src/${to}`;
      return undefined;
    case 'webview':
      if (vscode || builtin) return 'webviews run in a browser page: no vscode, no Node built-ins';
      if (to === 'node') return 'webviews never import the Node adapter';
      if (to === 'core' && !imp.typeOnly && !isLeaf(target!))
        return 'webviews import only types from the core, or a core module that imports nothing at run time';
      return undefined;
    case 'node':
      if (vscode) return 'the Node adapter does not import vscode';
      if (to === 'webview' && !imp.typeOnly) return 'the Node adapter does not run webview code';
      return undefined;
    case 'extension':
      if (to === 'core' && target !== frontDoor) return 'the extension imports the core only through src/core/index.ts';
      if (to === 'webview' && !imp.typeOnly && !/protocol\.ts$/.test(target!))
        return 'the extension shares only types and protocol.ts with webviews';
      return undefined;
    case 'cli':
      if (vscode) return 'the CLI does not import vscode';
      return undefined;
  }
}
