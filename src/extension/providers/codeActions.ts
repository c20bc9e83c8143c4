/** Quick fixes for Atelier diagnostics, from the core. */
import * as vscode from 'vscode';
import { quickFixes } from '../../core';
import type { AtelierRoots } from '../atelierRoots';
import type { DiagnosticsPublisher } from '../diagnosticsPublisher';
import { offsetRange } from '../ranges';
import { recordDocument } from './documents';

/** Opens a record a quick fix just created, its required fields a snippet to fill in with Tab. */
export const FILL_NEW_RECORD = 'atelier.fillNewRecord';

export function registerFillNewRecord(): vscode.Disposable {
  return vscode.commands.registerCommand('atelier.fillNewRecord', async (uri: vscode.Uri, snippet: string) => {
    const editor = await vscode.window.showTextDocument(uri);
    const doc = editor.document;
    // Only a file still empty, as the quick fix created it: never type over an existing file.
    if (doc.getText().trim()) return;
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    await editor.insertSnippet(new vscode.SnippetString(snippet), whole);
  });
}

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
          // An empty file that the command then fills in with the snippet (the text stays undoable in its editor).
          action.edit.createFile(uri, { ignoreIfExists: true });
          action.command = { title: fix.title, command: FILL_NEW_RECORD, arguments: [uri, fix.create.snippet] };
        }
        if (fix.reveal) {
          const selection = offsetRange(doc, fix.reveal.start, fix.reveal.end);
          action.command = { title: fix.title, command: 'vscode.open', arguments: [doc.uri, { selection }] };
        }
        action.isPreferred = actions.length === 0;
        actions.push(action);
      }
    }
    return actions;
  }
}
