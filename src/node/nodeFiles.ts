/** The core's file access on a real disk. */
import { isUtf8 } from 'buffer';
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import type { WorkspaceFiles } from '../core/host';

/** Folders never scanned: dot-folders (.git…) and installed packages. */
function skipDir(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export function nodeWorkspaceFiles(root: string): WorkspaceFiles {
  let unreadable: { path: string; reason: string }[] = [];
  return {
    unreadableFolders: () => unreadable,
    async list() {
      const out: string[] = [];
      unreadable = [];
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
            } else if (e.isFile() || e.isSymbolicLink()) out.push(child);
          }),
        );
      };
      await walk('');
      return out;
    },
    async read(rel) {
      return fs.readFile(path.join(root, ...rel.split('/')));
    },
    // Synchronous reads are several times faster than fs.promises for thousands of small files;
    // the CLI has nothing else to do meanwhile, and workers keep analysing.
    async readText(rel) {
      const buf = readFileSync(path.join(root, ...rel.split('/')));
      if (!isUtf8(buf)) return undefined;
      const text = buf.toString('utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
  };
}
