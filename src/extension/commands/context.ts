/**
 * What record commands act on, decided in one place: the record the user chose (a tree row, a file
 * in the Explorer or an editor title), else the record of the active editor, else one picked from a list.
 */
import * as vscode from 'vscode';
import { idOfPath, isObject, labelOf, typeName, type RecordData, type RecordType, type TextEdit } from '../../core';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';
import { offsetRange } from '../ranges';
import { displayLocale } from '../words';

/** A record a command acts on. */
export interface RecordRef {
  root: AtelierRoot;
  /** Workspace-relative path. */
  rel: string;
  uri: vscode.Uri;
  id: string;
  type: RecordType;
}

/**
 * The file named by what VS Code passed to a command: a Uri (Explorer, editor title and context
 * menus), a tree row (the views' nodes, `{ item: TreeItem }`), or anything with a `resourceUri`.
 */
export function argumentUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (!isObject(arg)) return undefined;
  if (arg.resourceUri instanceof vscode.Uri) return arg.resourceUri;
  if (isObject(arg.item) && arg.item.resourceUri instanceof vscode.Uri) return arg.item.resourceUri;
  return undefined;
}

/** VS Code passes nothing from the palette or a keybinding: only then may the active editor decide. */
const chosen = (arg: unknown) => arg !== undefined && arg !== null;

function refOf(roots: AtelierRoots, uri: vscode.Uri): RecordRef | undefined {
  const at = roots.locate(uri);
  const type = at && at.root.workspace.file(at.rel)?.type;
  if (!at || !type || type === 'unknown') return undefined;
  return { root: at.root, rel: at.rel, uri, id: idOfPath(at.rel), type };
}

/** The record types in the display language: "Session, Devis". */
const typeList = (types: readonly RecordType[]) => types.map((t) => typeName(displayLocale(), t)).join(', ');

/**
 * The record a command acts on, of one of `types`: what it was invoked on (a row, a Uri), else the
 * active editor's record, else a quick pick of the records of those types. Invoked on something
 * that is not such a record, it says so and returns undefined: it never falls back to the editor.
 */
export async function resolveTarget(
  roots: AtelierRoots,
  arg: unknown,
  types: readonly RecordType[],
): Promise<RecordRef | undefined> {
  await roots.settle();
  if (chosen(arg)) {
    const uri = argumentUri(arg);
    const ref = uri && refOf(roots, uri);
    if (ref && types.includes(ref.type)) return ref;
    void vscode.window.showWarningMessage(
      vscode.l10n.t('This command works on a record of type {0}: {1} is not one.', typeList(types), describe(arg)),
    );
    return undefined;
  }
  const editor = vscode.window.activeTextEditor?.document.uri;
  const fromEditor = editor && refOf(roots, editor);
  if (fromEditor && types.includes(fromEditor.type)) return fromEditor;
  return pickRecord(roots, types);
}

function describe(arg: unknown): string {
  const uri = argumentUri(arg);
  if (uri) return vscode.workspace.asRelativePath(uri);
  const label = isObject(arg) && isObject(arg.item) ? arg.item.label : undefined;
  return typeof label === 'string' ? `"${label}"` : vscode.l10n.t('this item');
}

/** A quick pick of the records of `types`, newest id first (sessions and quotes start with their date). */
async function pickRecord(roots: AtelierRoots, types: readonly RecordType[]): Promise<RecordRef | undefined> {
  const items = roots.all().flatMap((root) =>
    root.workspace
      .records()
      .filter((r) => (types as readonly (string | undefined)[]).includes(r.type))
      .map((r) => ({
        label: labelOf(root.workspace.record(r.id, r.type as RecordType)?.data) ?? r.id,
        description: r.id,
        ref: {
          root,
          rel: r.path,
          uri: vscode.Uri.joinPath(root.uri, ...r.path.split('/')),
          id: r.id,
          type: r.type as RecordType,
        },
      })),
  );
  if (!items.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No record of type {0} in this workspace.', typeList(types)));
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    items.sort((a, b) => (a.description < b.description ? 1 : -1)),
    { title: vscode.l10n.t('Which record?'), matchOnDescription: true },
  );
  return pick?.ref;
}

export interface Target extends RecordRef {
  doc: vscode.TextDocument;
  record: RecordData;
}

/** The record a command edits (see `resolveTarget`), with its document and its data as the editor has them. */
export async function targetRecord(
  roots: AtelierRoots,
  arg: unknown,
  types: readonly RecordType[],
): Promise<Target | undefined> {
  const ref = await resolveTarget(roots, arg, types);
  if (!ref) return undefined;
  const doc = await vscode.workspace.openTextDocument(ref.uri);
  await ref.root.workspace.update(ref.rel, doc.getText());
  const record = ref.root.workspace.record(ref.id, ref.type);
  if (!record) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} is not a valid record: fix its errors first.', vscode.workspace.asRelativePath(ref.uri)),
    );
    return undefined;
  }
  return { ...ref, doc, record };
}

/**
 * Applies core text edits to a document through a WorkspaceEdit (so undo works). A record that was
 * saved and shown in no editor (the command came from a row) is saved again: the change is on disk,
 * as the user asked, rather than in a hidden unsaved buffer.
 */
export async function applyToDocument(
  doc: vscode.TextDocument,
  edits: readonly (TextEdit | undefined)[],
): Promise<boolean> {
  const real = edits.filter((e): e is TextEdit => !!e);
  if (!real.length) return false;
  const hidden = !doc.isDirty && !vscode.window.visibleTextEditors.some((e) => e.document === doc);
  const we = new vscode.WorkspaceEdit();
  for (const e of real) we.replace(doc.uri, offsetRange(doc, e.start, e.end), e.newText);
  const applied = await vscode.workspace.applyEdit(we);
  if (applied && hidden) await doc.save();
  return applied;
}
