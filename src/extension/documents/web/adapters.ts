/**
 * The document service's other Node adapters, for the browser bundle (scripts/browserBundle.mjs
 * puts these in place of src/node/pdf.ts, glyphs.ts, eml.ts and git.ts for the web worker).
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EmailMessage, GitState } from '../../../core';
import { renderPdfInBrowser } from '../browserPdf';
import { emlOf } from '../webEml';

/** PDF bytes from pdfmake's browser build, Roboto from its bundled font data. */
export const renderPdf = (doc: TDocumentDefinitions): Promise<Uint8Array> => renderPdfInBrowser(doc);

/** The font's coverage is not checked in the browser (fontkit reads files): no warning, the PDF is the same. */
export const missingGlyphs = async (): Promise<string[]> => [];

export const buildEml = async (m: EmailMessage, date: Date): Promise<string> => emlOf(m, date);

/** No git in a browser: a document's provenance says "not in git", a programme sheet has no last-commit day. */
export const gitState = async (): Promise<GitState> => ({ kind: 'not-in-git' });
export const lastCommitDay = async (): Promise<string | undefined> => undefined;
