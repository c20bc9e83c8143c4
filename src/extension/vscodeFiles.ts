/** The core's file access through VS Code's file system API (works for local and remote workspaces). */
import * as vscode from 'vscode';
import type { WorkspaceFiles } from '../core';

export function vscodeWorkspaceFiles(root: vscode.Uri): WorkspaceFiles {
  let unreadable: { path: string; reason: string }[] = [];
  return {
    unreadableFolders: () => unreadable,
    async list() {
      const out: string[] = [];
      unreadable = [];
      const walk = async (rel: string): Promise<void> => {
        let entries: [string, vscode.FileType][];
        try {
          entries = await vscode.workspace.fs.readDirectory(rel ? vscode.Uri.joinPath(root, ...rel.split('/')) : root);
        } catch (e) {
          // Reported by the workspace as an unreadable folder, never skipped silently.
          unreadable.push({ path: rel || '.', reason: e instanceof Error ? e.message : String(e) });
          return;
        }
        await Promise.all(
          entries.map(async ([name, type]) => {
            const child = rel ? `${rel}/${name}` : name;
            if (type & vscode.FileType.Directory) {
              if (!name.startsWith('.') && name !== 'node_modules') await walk(child);
            } else out.push(child);
          }),
        );
      };
      await walk('');
      return out;
    },
    read: (rel) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, ...rel.split('/')))),
  };
}
