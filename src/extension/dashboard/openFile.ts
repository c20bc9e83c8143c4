/** Opens a file the dashboard links to, at a line and column: only files of an Atelier workspace. */
import * as vscode from 'vscode';
import { CONFIG_FILE } from '../../core';
import { corePosition } from '../ranges';
import type { AtelierRoots } from '../atelierRoots';

export async function openInEditor(
  roots: AtelierRoots,
  rel: string,
  line?: number,
  column?: number,
): Promise<vscode.TextEditor | undefined> {
  // The page is not trusted to name any path: it must be a file the index knows.
  const root = roots.all().find((r) => r.workspace.file(rel) || rel === CONFIG_FILE);
  if (!root) return undefined;
  const uri = vscode.Uri.joinPath(root.uri, ...rel.split('/'));
  const at = corePosition(line, column);
  return vscode.window.showTextDocument(uri, {
    selection: new vscode.Range(at, at),
    preview: false,
    viewColumn: vscode.ViewColumn.One,
  });
}
