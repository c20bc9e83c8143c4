/** Which documents the language features serve: Markdown records inside an Atelier root. */
import * as vscode from 'vscode';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';

export const RECORD_SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }];

export interface RecordDocument {
  root: AtelierRoot;
  rel: string;
  text: string;
}

export function recordDocument(roots: AtelierRoots, doc: vscode.TextDocument): RecordDocument | undefined {
  const at = roots.locate(doc.uri);
  return at && { root: at.root, rel: at.rel, text: doc.getText() };
}

export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/** A 1-based core range as a VS Code range. */
export function coreRange(r: { line: number; column: number; endLine: number; endColumn: number }): vscode.Range {
  return new vscode.Range(r.line - 1, r.column - 1, r.endLine - 1, r.endColumn - 1);
}
