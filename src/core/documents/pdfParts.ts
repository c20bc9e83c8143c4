/**
 * What every generated PDF shares: A4 pages, the embedded font, the footer with the organisation's
 * identity line (on every page: an auditor reads pages loose), provenance and page numbers.
 */
import type { Content, PageOrientation, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { WorkspaceConfig } from '../config';
import type { DocumentLabels } from '../i18n/documents';

/** The font family the Node host registers (a Unicode TrueType font shipped with pdfmake). */
export const PDF_FONT = 'Roboto';

export const MARGIN = 28;
export const A4 = { width: 595.28, height: 841.89 };

export const GREY = '#555555';
export const RULE = '#9a9a9a';
export const FILL = '#eeeeee';
/** The colour of marks that must not be missed (PROVISOIRE). */
export const MARK = '#b00020';

/** The thin grey grid of the documents' tables; `padding` above and below each cell's text. */
export function thinGrid(padding = 3) {
  return {
    hLineWidth: () => 0.6,
    vLineWidth: () => 0.6,
    hLineColor: () => RULE,
    vLineColor: () => RULE,
    paddingTop: () => padding,
    paddingBottom: () => padding,
  };
}

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
  /** The organisation and its registration number (pageIdentity), printed at the foot of every page. */
  identity: string;
  /** A big mark across every page (PROVISOIRE), and repeated in the header. */
  mark?: string;
  title: string;
  language: string;
}

/** The usable width of a page between margins. */
export function contentWidth(orientation: PageOrientation): number {
  return (orientation === 'landscape' ? A4.height : A4.width) - 2 * MARGIN;
}

/** A4 document with the shared footer ("page x / y" and where the data came from). */
/** The top line of the attendance documents: the organisation's name, its registration number on the right. */
export function organisationHeader(cfg: WorkspaceConfig, l: DocumentLabels): Content {
  return {
    columns: [
      { text: cfg.organisation, style: 'organisation', width: '*' },
      {
        text: cfg.registration_number ? l.registrationNumber(cfg.registration_number) : '',
        style: 'small',
        alignment: 'right',
        width: 'auto',
      },
    ],
  };
}

export function a4Document(content: Content, setup: PageSetup, l: DocumentLabels): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: setup.orientation,
    pageMargins: [MARGIN, setup.runningHeader || setup.mark ? 34 : MARGIN, MARGIN, 50],
    info: { title: setup.title, creator: 'Atelier', producer: 'Atelier (pdfmake)' },
    language: setup.language,
    defaultStyle: { font: PDF_FONT, fontSize: 9, lineHeight: 1.1 },
    styles,
    header: (page: number) => {
      const parts: Content[] = [];
      if (setup.mark) parts.push({ text: setup.mark, bold: true, fontSize: 11, color: MARK, alignment: 'center' });
      if (setup.runningHeader && page > 1) parts.push({ text: setup.runningHeader, style: 'small' });
      return parts.length ? { stack: parts, margin: [MARGIN, setup.mark ? 10 : 14, MARGIN, 0] } : null;
    },
    watermark: setup.mark ? { text: setup.mark, color: MARK, opacity: 0.18, bold: true, angle: -45 } : undefined,
    footer: (page: number, pages: number) => ({
      stack: [
        { text: setup.identity, style: 'small', color: '#333333', margin: [0, 0, 0, 2] },
        {
          columns: [
            { text: setup.provenance, style: 'small', width: '*' },
            { text: l.page(page, pages), style: 'small', alignment: 'right', width: 'auto' },
          ],
          columnGap: 12,
        },
      ],
      margin: [MARGIN, 10, MARGIN, 0],
    }),
    content,
  };
}
