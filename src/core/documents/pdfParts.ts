/** What every generated PDF shares: A4 pages, the embedded font, the footer with provenance and page numbers. */
import type { Content, PageOrientation, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentLabels } from '../i18n/documents';

/** The font family the Node host registers (a Unicode TrueType font shipped with pdfmake). */
export const PDF_FONT = 'Roboto';

export const MARGIN = 28;
export const A4 = { width: 595.28, height: 841.89 };

export const GREY = '#555555';
export const RULE = '#9a9a9a';
export const FILL = '#eeeeee';

export const styles: StyleDictionary = {
  organisation: { fontSize: 10, bold: true },
  small: { fontSize: 7.5, color: GREY },
  title: { fontSize: 17, bold: true, margin: [0, 6, 0, 2] },
  subtitle: { fontSize: 12, bold: true, margin: [0, 0, 0, 6] },
  label: { bold: true, color: GREY },
  tableHeader: { bold: true, fontSize: 8, fillColor: FILL },
  cell: { fontSize: 8.5 },
  mark: { fontSize: 8, italics: true, color: GREY, alignment: 'center' },
  hint: { fontSize: 8, italics: true, color: GREY, margin: [0, 4, 0, 6] },
};

export interface PageSetup {
  orientation: PageOrientation;
  /** Repeated small line at the top of pages after the first (undefined: none). */
  runningHeader?: string;
  provenance: string;
  title: string;
  language: string;
}

/** The usable width of a page between margins. */
export function contentWidth(orientation: PageOrientation): number {
  return (orientation === 'landscape' ? A4.height : A4.width) - 2 * MARGIN;
}

/** A4 document with the shared footer ("page x / y" and where the data came from). */
export function a4Document(content: Content, setup: PageSetup, l: DocumentLabels): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: setup.orientation,
    pageMargins: [MARGIN, setup.runningHeader ? 34 : MARGIN, MARGIN, 40],
    info: { title: setup.title, creator: 'Atelier', producer: 'Atelier (pdfmake)' },
    language: setup.language,
    defaultStyle: { font: PDF_FONT, fontSize: 9, lineHeight: 1.1 },
    styles,
    header: setup.runningHeader
      ? (page: number) =>
          page > 1 ? { text: setup.runningHeader ?? '', style: 'small', margin: [MARGIN, 14, MARGIN, 0] } : null
      : undefined,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: setup.provenance, style: 'small', width: '*' },
        { text: l.page(page, pages), style: 'small', alignment: 'right', width: 'auto' },
      ],
      columnGap: 12,
      margin: [MARGIN, 12, MARGIN, 0],
    }),
    content,
  };
}
