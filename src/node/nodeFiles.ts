/** The core's file access on a real disk. */
import { isUtf8 } from 'buffer';
import { promises as fs, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { LINK_OUTSIDE, type WorkspaceFiles } from '../core/host';
import { lonelyCrAsLf } from '../core/parse/decode';

/** Folders never scanned: dot-folders (.git…) and installed packages. */
function skipDir(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** UTF-8 text without BOM, or `undefined` when the bytes are not UTF-8. */
function utf8Text(buf: Buffer): string | undefined {
  if (!isUtf8(buf)) return undefined;
  const text = buf.toString('utf8');
  return lonelyCrAsLf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** Is `target` the folder `root` or inside it (both real paths)? */
function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

export function nodeWorkspaceFiles(root: string): WorkspaceFiles {
  const abs = (rel: string): string => path.join(root, ...rel.split('/'));
  let unreadable: { path: string; reason: string }[] = [];
  /** Symbolic links that lead out of the workspace: listed (and reported), never read. */
  let outside = new Set<string>();
  const refuseOutside = (rel: string): void => {
    if (outside.has(rel)) throw Object.assign(new Error('link outside the workspace'), { code: LINK_OUTSIDE });
  };
  return {
    unreadableFolders: () => unreadable,
    async list() {
      const out: string[] = [];
      unreadable = [];
      outside = new Set();
      const realRoot = await fs.realpath(root).catch(() => root);
      const walk = async (rel: string): Promise<void> => {
        let entries;
        try {
          entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
        } catch (e) {
          // Its records cannot even be listed: the workspace reports the folder, never skips it silently.
          unreadable.push({ path: rel || '.', reason: (e as { code?: string }).code ?? String(e) });
          return;
        }
        await Promise.all(
          entries.map(async (e) => {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
              if (!skipDir(e.name)) await walk(child);
            } else if (e.isFile()) out.push(child);
            else if (e.isSymbolicLink()) {
              // A committed link may point anywhere on the machine: what it leads to outside is not ours to read.
              const target = await fs.realpath(abs(child)).catch(() => undefined);
              if (target && !inside(realRoot, target)) outside.add(child);
              out.push(child);
            }
          }),
        );
      };
      await walk('');
      return out;
    },
    async read(rel) {
      refuseOutside(rel);
      return fs.readFile(abs(rel));
    },
    // Synchronous reads are several times faster than fs.promises for thousands of small files;
    // the CLI has nothing else to do meanwhile, and workers keep analysing.
    async readText(rel) {
      refuseOutside(rel);
      return utf8Text(readFileSync(abs(rel)));
    },
    readTextSync(rel) {
      if (outside.has(rel)) return undefined;
      try {
        return utf8Text(readFileSync(abs(rel)));
      } catch {
        return undefined;
      }
    },
    // Of the file a symbolic link points to, as its text is read.
    async stat(rels) {
      return rels.map((rel) => {
        if (outside.has(rel)) return undefined;
        try {
          const s = statSync(abs(rel), { throwIfNoEntry: false });
          return s?.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
        } catch {
          return undefined;
        }
      });
    },
  };
}
