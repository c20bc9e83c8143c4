/**
 * The document service the commands use. The desktop entry loads dist/documents.js at the first
 * document (src/extension/documents/nodeDocumentService.ts); the browser entry makes session
 * documents in the web worker and writes them through `vscode.workspace.fs` (webDocuments.ts).
 */
import type * as DocumentsApi from '../../node/documentsApi';

/** What the commands ask of a document service: the document makers and what a request reads. */
export type DocumentService = Pick<
  typeof DocumentsApi,
  | 'signinSheet'
  | 'certificates'
  | 'emails'
  | 'prepareEmails'
  | 'quote'
  | 'convention'
  | 'programmeSheet'
  | 'documentInputs'
  | 'requestSubject'
  | 'importAttendance'
  | 'connectionLog'
>;

let load: (() => DocumentService) | undefined;
let loaded: DocumentService | undefined;

/** Set once by the entry point (desktop or browser): how the service is made, at its first use. */
export function useDocumentService(loader: () => DocumentService): void {
  load = loader;
  loaded = undefined;
}

export function documentService(): DocumentService {
  if (!load) throw new Error('no document service: the entry point did not set one');
  loaded ??= load();
  return loaded;
}
