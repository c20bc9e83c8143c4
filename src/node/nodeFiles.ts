/** The core's file access on a real disk. */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { WorkspaceFiles } from '../core/host';

/** Folders never scanned: dot-folders (.git…) and installed packages. */
function skipDir(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export function nodeWorkspaceFiles(root: string): WorkspaceFiles {
  return {
    async list() {
      const out: string[] = [];
      const walk = async (rel: string): Promise<void> => {
        let entries;
        try {
          entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
        } catch {
          return; // an unreadable folder: its files cannot be listed, nothing to report them on
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
  };
}
