/** Completion in front matter, from the core's language service. */
import * as vscode from 'vscode';
import { type Completion, completionsAt } from '../../core';
import type { AtelierRoots } from '../atelierRoots';
import { offsetRange } from '../ranges';
import { recordDocument } from './documents';

const KIND: Record<Completion['kind'], vscode.CompletionItemKind> = {
  field: vscode.CompletionItemKind.Field,
  value: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  snippet: vscode.CompletionItemKind.Value,
};

export class CompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggers = [':', ' ', '[', ',', '-'];
  constructor(private readonly roots: AtelierRoots) {}

  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const rec = recordDocument(this.roots, doc);
    if (!rec) return undefined;
    return completionsAt(rec.root.workspace, rec.rel, rec.text, doc.offsetAt(position)).map((c, i) => {
      const item = new vscode.CompletionItem(c.label, KIND[c.kind]);
      item.detail = c.detail;
      if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
      item.insertText = c.snippet ? new vscode.SnippetString(c.insertText) : c.insertText;
      item.range = offsetRange(doc, c.start, c.end);
      item.sortText = String(i).padStart(4, '0');
      // A plain field asks for its value's completions; a group of fields is a snippet to fill in instead.
      if (c.kind === 'field' && !c.snippet) item.command = { command: 'editor.action.triggerSuggest', title: '' };
      return item;
    });
  }
}
