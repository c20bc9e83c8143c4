/** Quick fixes for Atelier diagnostics, from the core. */
import * as vscode from 'vscode';
import { quickFixes } from '../../core';
import type { AtelierRoots } from '../atelierRoots';
import type { DiagnosticsPublisher } from '../diagnosticsPublisher';
import { offsetRange } from '../ranges';
import { recordDocument } from './documents';

export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  constructor(
    private readonly roots: AtelierRoots,
    private readonly publisher: DiagnosticsPublisher,
  ) {}

  provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const rec = recordDocument(this.roots, doc);
    if (!rec) return [];
    const ours = context.diagnostics.filter((d) => d.source === 'Atelier');
    if (!ours.length) return [];
    const actions: vscode.CodeAction[] = [];
    for (const vd of ours) {
      const d = this.publisher.coreOf(doc.uri, vd);
      if (!d) continue;
      for (const fix of quickFixes(rec.root.workspace, rec.text, d)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [vd];
        action.edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits ?? []) action.edit.replace(doc.uri, offsetRange(doc, e.start, e.end), e.newText);
        if (fix.create) {
          const uri = vscode.Uri.joinPath(rec.root.uri, ...fix.create.path.split('/'));
          action.edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(fix.create.content) });
        }
        action.isPreferred = actions.length === 0;
        actions.push(action);
      }
    }
    return actions;
  }
}
