/**
 * The document service of the browser (vscode.dev, github.dev): the desktop's own generators
 * (src/node/documents: sign-in sheets, certificates, quotes, conventions, programme sheets, e-mail
 * drafts — the same rules, refusals and words), bundled for the web worker with their Node adapters
 * replaced by documents/web/ (files through `vscode.workspace.fs`, pdfmake's browser build, no git).
 * scripts/browserBundle.mjs makes that substitution; the build fails if anything else needs Node.
 */
import * as documents from '../../node/documents';
import type { AtelierRoots } from '../atelierRoots';
import type { DocumentService } from './documentService';
import { useDocumentRoots } from './web/files';

export function webDocumentService(roots: AtelierRoots): DocumentService {
  useDocumentRoots(() => roots.all().map((r) => r.uri));
  return documents;
}
