/** The desktop's document service: dist/documents.js, loaded at the first document the user asks for. */
import * as path from 'path';
import type { DocumentService } from './documentService';

export function nodeDocumentService(): DocumentService {
  // A separate bundle, required at first use rather than imported: an import would bundle the PDF
  // and mail libraries into dist/extension.js and load them at every activation.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(__dirname, 'documents.js')) as DocumentService;
}
