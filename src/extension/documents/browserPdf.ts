/**
 * PDF bytes in the web worker: pdfmake's browser build (the `browser` entry of its package) with
 * Roboto from its bundled font data (build/vfs_fonts.js, the same four files the desktop reads
 * from disk), so nothing is read from a file system or fetched. Only the browser bundle imports this.
 */
import pdfmake from 'pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { PDF_FONT } from '../../core';

let ready = false;

export async function renderPdfInBrowser(doc: TDocumentDefinitions): Promise<Uint8Array> {
  if (!ready) {
    pdfmake.addVirtualFileSystem(vfs);
    pdfmake.setFonts({
      [PDF_FONT]: {
        normal: 'Roboto-Regular.ttf',
        bold: 'Roboto-Medium.ttf',
        italics: 'Roboto-Italic.ttf',
        bolditalics: 'Roboto-MediumItalic.ttf',
      },
    });
    // Nothing in our documents is a URL: refuse any, so no text can ever fetch anything.
    pdfmake.setUrlAccessPolicy(() => false);
    ready = true;
  }
  const bytes = await pdfmake.createPdf(doc).getBuffer();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
