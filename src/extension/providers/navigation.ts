/** Hover, go to definition, find references and rename for records, from the core. */
import * as vscode from 'vscode';
import { definitionAt, hoverAt, idOfPath, referencesTo, renameRecord, tokenAt } from '../../core';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';
import { coreRange, offsetRange } from '../ranges';
import { recordDocument } from './documents';
import { expectOwnRename } from './ownRenames';

const uriOf = (root: AtelierRoot, rel: string) => vscode.Uri.joinPath(root.uri, ...rel.split('/'));

export class NavigationProvider
  implements vscode.HoverProvider, vscode.DefinitionProvider, vscode.ReferenceProvider, vscode.RenameProvider
{
  constructor(private readonly roots: AtelierRoots) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const rec = recordDocument(this.roots, doc);
    const h = rec && hoverAt(rec.root.workspace, rec.text, doc.offsetAt(position));
    if (!h || !rec) return undefined;
    const markdown = new vscode.MarkdownString(h.markdown);
    // On a quote's totals, the documents made from it are one click away.
    if (rec.root.workspace.file(rec.rel)?.type === 'quote') {
      const args = encodeURIComponent(JSON.stringify([doc.uri]));
      const link = (command: string, title: string) => `[${title}](command:${command}?${args})`;
      markdown.appendMarkdown(
        `\n\n${link('atelier.generateQuote', vscode.l10n.t('Generate quote'))} · ${link('atelier.generateConvention', vscode.l10n.t('Generate convention'))}`,
      );
      markdown.isTrusted = { enabledCommands: ['atelier.generateQuote', 'atelier.generateConvention'] };
    }
    return new vscode.Hover(markdown, offsetRange(doc, h.start, h.end));
  }

  provideDefinition(doc: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const rec = recordDocument(this.roots, doc);
    const target = rec && definitionAt(rec.root.workspace, rec.text, doc.offsetAt(position));
    return target && rec && new vscode.Location(uriOf(rec.root, target.path), new vscode.Position(0, 0));
  }

  /** References of the record under the cursor (a reference to it, or the record's own file). */
  provideReferences(doc: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const rec = recordDocument(this.roots, doc);
    if (!rec) return undefined;
    const id = this.targetId(doc, position);
    return referencesTo(rec.root.workspace, id).map((l) => new vscode.Location(uriOf(rec.root, l.path), coreRange(l)));
  }

  prepareRename(doc: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const rec = recordDocument(this.roots, doc);
    const token = rec && tokenAt(rec.text, doc.offsetAt(position));
    const id = this.targetId(doc, position);
    if (!rec || !rec.root.workspace.filesWithId(id).length)
      throw new Error(vscode.l10n.t('Place the cursor on a reference to a record, or on its type, to rename it.'));
    const range =
      token?.kind === 'value' && token.value === id
        ? offsetRange(doc, token.start, token.end)
        : doc.lineAt(position.line).range;
    return { range, placeholder: id };
  }

  provideRenameEdits(doc: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const rec = recordDocument(this.roots, doc);
    if (!rec) throw new Error('not a record');
    const edit = renameEdit(rec.root, this.targetId(doc, position), newName.trim());
    if (!edit)
      throw new Error(vscode.l10n.t('"{0}" cannot be used: ids are file names, unique in the workspace.', newName));
    return edit;
  }

  /** The id of the record referenced under the cursor, else of the document itself. */
  private targetId(doc: vscode.TextDocument, position: vscode.Position): string {
    const rec = recordDocument(this.roots, doc)!;
    const target = definitionAt(rec.root.workspace, rec.text, doc.offsetAt(position));
    return target?.id ?? idOfPath(rec.rel);
  }
}

/** The workspace edit that renames a record's file and every reference to it (previewable). */
export function renameEdit(
  root: AtelierRoot,
  id: string,
  newId: string,
  options: { renameFile?: boolean; preview?: boolean } = {},
): vscode.WorkspaceEdit | undefined {
  const plan = renameRecord(root.workspace, id, newId);
  if (!plan) return undefined;
  const edit = new vscode.WorkspaceEdit();
  const label = vscode.l10n.t('Rename record {0} → {1}', id, newId);
  const metadata = { label, needsConfirmation: options.preview === true };
  for (const ref of plan.references) edit.replace(uriOf(root, ref.path), coreRange(ref), newId, metadata);
  if (options.renameFile !== false) {
    expectOwnRename(uriOf(root, plan.from), uriOf(root, plan.to));
    edit.renameFile(uriOf(root, plan.from), uriOf(root, plan.to), { overwrite: false }, metadata);
  }
  return edit;
}
