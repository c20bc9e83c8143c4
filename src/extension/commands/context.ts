/** What record commands act on: the record of a tree item, or of the active editor. */
import * as vscode from 'vscode';
import { idOfPath, type RecordData, type RecordType, type TextEdit } from '../../core';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';
import { offsetRange } from '../ranges';

/** The file a command was invoked on: a Uri (Explorer, editor title), a tree item's resourceUri, else the active editor. */
export function commandUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  return (arg as { resourceUri?: vscode.Uri } | undefined)?.resourceUri ?? vscode.window.activeTextEditor?.document.uri;
}

export interface Target {
  root: AtelierRoot;
  doc: vscode.TextDocument;
  record: RecordData;
}

/** The record a command was invoked on (tree item with a resourceUri, a Uri, or the active editor). */
export async function targetRecord(roots: AtelierRoots, arg: unknown, type: RecordType): Promise<Target | undefined> {
  const uri = commandUri(arg);
  const at = uri && roots.locate(uri);
  if (!uri || !at) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a {0} record first.', type));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  await at.root.workspace.update(at.rel, doc.getText());
  const record = at.root.workspace.record(idOfPath(at.rel), type);
  if (!record) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('This file is not a valid {0} record: fix its errors first.', type),
    );
    return undefined;
  }
  return { root: at.root, doc, record };
}

/** Applies core text edits to a document through a WorkspaceEdit (so undo works). */
export async function applyToDocument(
  doc: vscode.TextDocument,
  edits: readonly (TextEdit | undefined)[],
): Promise<boolean> {
  const real = edits.filter((e): e is TextEdit => !!e);
  if (!real.length) return false;
  const we = new vscode.WorkspaceEdit();
  for (const e of real) we.replace(doc.uri, offsetRange(doc, e.start, e.end), e.newText);
  return vscode.workspace.applyEdit(we);
}
