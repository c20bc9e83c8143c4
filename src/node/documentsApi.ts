/**
 * The document service and generators (dist/documents.js), apart from dist/atelier.js so that
 * loading the validation API does not load the PDF and mail libraries. The extension requires it
 * at its first document (src/extension/documents/documentService.ts); scripts and benchmarks too.
 */
export * from './documents';
export { loadWorkspace } from './loadWorkspace';
export { renderPdf } from './pdf';
export { buildEml } from './eml';
export { gitState } from './git';
export { sessionModel } from '../core/documents/sessionModel';
export { signinSheet as signinSheetModel } from '../core/documents/signinSheet';
export { signinSheetPdf } from '../core/documents/signinSheetPdf';
export { signinSheetHtml } from '../core/documents/signinSheetHtml';
export { certificatePlan } from '../core/documents/certificate';
export { certificatePdf } from '../core/documents/certificatePdf';
export { realisationPlan } from '../core/documents/realisation';
export { realisationPdf } from '../core/documents/realisationPdf';
export { composeEmails } from '../core/documents/email/message';
export { provenanceText } from '../core/documents/provenance';
export { quoteView } from '../core/documents/quote';
export { quotePdf } from '../core/documents/quotePdf';
export { documentLabels } from '../core/i18n/documents';
