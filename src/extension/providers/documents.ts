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
