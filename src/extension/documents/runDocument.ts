/**
 * Makes a document with the document service on a root's live workspace: first saves the editors
 * of the records the document reads (and only those), then says what was written, warned or refused.
 */
import * as vscode from 'vscode';
import type { DocumentContext, DocumentRequest, DocumentResult, Refusal } from '../../node/documents';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';
import { plural } from '../words';
import { documentService, type DocumentService } from './documentService';

export interface DocumentOutcome {
  /** As the CLI's exit status: 0 made, 1 an input record has errors (or atelier.yaml lacks something), 2 the request names no such thing. */
  status: 0 | 1 | 2;
  /** The files written, in order. */
  written: vscode.Uri[];
  warnings: string[];
  /** The refusal, else the warnings: one a line. */
  messages: string;
  /** Editors of the document's records that had unsaved changes, saved first. */
  saved: vscode.Uri[];
  refusal?: Refusal;
}

/** The lines that explain a refusal: each error of each input record at its place, then why nothing was written. */
export function refusalLines(refusal: Refusal): string[] {
  if (refusal.kind !== 'errors' || !refusal.records.length) return [refusal.message];
  return refusal.records.flatMap((r) => [
    ...r.errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`),
    r.message,
  ]);
}

const uriOf = (root: AtelierRoot, rel: string) => vscode.Uri.joinPath(root.uri, ...rel.split('/'));

/**
 * Saves the dirty editors of the files the document reads, so the document, its provenance line
 * ("from sessions/….md, commit …") and the files on disk all say the same. Other editors stay as they are.
 */
export async function saveInputs(
  roots: AtelierRoots,
  root: AtelierRoot,
  request: DocumentRequest,
  log: vscode.LogOutputChannel,
): Promise<vscode.Uri[]> {
  await roots.settle();
  const inputs = new Set(
    documentService()
      .documentInputs(root.workspace, request)
      .map((rel) => uriOf(root, rel).toString()),
  );
  const saved: vscode.Uri[] = [];
  for (const doc of vscode.workspace.textDocuments)
    if (doc.isDirty && inputs.has(doc.uri.toString()) && (await doc.save())) saved.push(doc.uri);
  // A save may change the text (format on save): the workspace follows before reading it.
  await roots.settle();
  if (saved.length)
    log.info(`Saved before making the document: ${saved.map((u) => vscode.workspace.asRelativePath(u)).join(', ')}`);
  return saved;
}

/** Saves the document's inputs, makes it with the service and logs what it said. */
export async function runDocument(
  roots: AtelierRoots,
  root: AtelierRoot,
  log: vscode.LogOutputChannel,
  request: DocumentRequest,
  make: (service: DocumentService, ctx: DocumentContext) => Promise<DocumentResult>,
): Promise<DocumentOutcome> {
  const saved = await saveInputs(roots, root, request, log);
  // A folder on disk by its file system path; another file system (the browser's) by its URI's path.
  const dir = root.uri.scheme === 'file' ? root.uri.fsPath : root.uri.path;
  const result = await make(documentService(), { workspace: root.workspace, dir });
  const name = `${request.document} ${documentService().requestSubject(request)}`;
  if (result.status === 'refused') {
    log.warn(`${name}: ${refusalLines(result.refusal).join('\n')}`);
    return {
      status: result.refusal.kind === 'usage' ? 2 : 1,
      written: [],
      warnings: [],
      messages: refusalLines(result.refusal).join('\n'),
      saved,
      refusal: result.refusal,
    };
  }
  if (result.warnings.length) log.info(`${name}:\n${result.warnings.join('\n')}`);
  for (const f of result.written) log.info(`${name}: wrote ${f}`);
  return {
    status: 0,
    written: result.written.map((f) => (root.uri.scheme === 'file' ? vscode.Uri.file(f) : root.uri.with({ path: f }))),
    warnings: result.warnings,
    messages: result.warnings.join('\n'),
    saved,
  };
}

/** Tells the user what was written (or why not) and which editors were saved first, with buttons to open or reveal the files. */
export function report(outcome: DocumentOutcome, what: string): void {
  const saved = outcome.saved.length
    ? ` ${vscode.l10n.t('Saved first: {0}.', outcome.saved.map((u) => vscode.workspace.asRelativePath(u)).join(', '))}`
    : '';
  if (outcome.status !== 0 || !outcome.written.length) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('{0}: nothing written. {1}', what, outcome.messages.split('\n').slice(0, 3).join(' ')) + saved,
    );
    return;
  }
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal');
  const first = outcome.written[0];
  // Not awaited: the command is done when the files are written, whatever the user does with the message.
  void vscode.window
    .showInformationMessage(
      `${what}: ${filesWritten(outcome.written.length, vscode.workspace.asRelativePath(vscode.Uri.joinPath(first, '..')))}${saved}`,
      open,
      reveal,
    )
    .then((pick) =>
      pick === open
        ? openDocument(first)
        : pick === reveal && vscode.commands.executeCommand('revealInExplorer', first),
    );
}

/**
 * A PDF opens in the system's viewer (VS Code shows no PDF by itself); an email or a text in an editor.
 * In the browser there is no system viewer for a workspace file: the Explorer shows it, to download.
 */
export function openDocument(file: vscode.Uri): Thenable<unknown> {
  if (file.path.endsWith('.pdf') && vscode.env.uiKind === vscode.UIKind.Web && file.scheme !== 'file')
    return vscode.commands.executeCommand('revealInExplorer', file);
  return file.path.endsWith('.pdf')
    ? vscode.env.openExternal(file)
    : vscode.commands.executeCommand('vscode.open', file);
}

/** "1 file written in generated/x", "8 files written in generated/x". */
export function filesWritten(count: number, folder: string): string {
  return plural(
    count,
    () => vscode.l10n.t('{0} file written in {1}', count, folder),
    () => vscode.l10n.t('{0} files written in {1}', count, folder),
  );
}
