/**
 * Renames that Atelier's own edits make. Such an edit already updates every reference, so the
 * Explorer-rename handler (onWillRenameFiles) must not add the same replacements a second time.
 */
import type * as vscode from 'vscode';

const pending = new Map<string, number>();
const TTL_MS = 60_000;

const key = (from: vscode.Uri, to: vscode.Uri) => `${from.toString()} → ${to.toString()}`;

export function expectOwnRename(from: vscode.Uri, to: vscode.Uri): void {
  pending.set(key(from, to), Date.now() + TTL_MS);
}

/** True (once) when this rename comes from one of our edits. */
export function isOwnRename(from: vscode.Uri, to: vscode.Uri): boolean {
  const k = key(from, to);
  const until = pending.get(k);
  pending.delete(k);
  return until !== undefined && until > Date.now();
}
