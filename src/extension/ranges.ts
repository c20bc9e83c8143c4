/**
 * The one place where the core's positions become VS Code's. The core speaks in two ways, each
 * where it fits: offsets into a text the editor holds (edits, tokens, completion spans), and
 * 1-based lines and columns for places in any file (diagnostics, references). VS Code counts
 * lines and columns from 0.
 */
import * as vscode from 'vscode';
import type { Range } from '../core';

/** Offsets into the document's text. */
export function offsetRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/** A 1-based line and column (missing: the start of the file). */
export function corePosition(line = 1, column = 1): vscode.Position {
  return new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
}

/** A 1-based core range. */
export function coreRange(r: Range): vscode.Range {
  return new vscode.Range(corePosition(r.line, r.column), corePosition(r.endLine, r.endColumn));
}
