/** What the sales documents (devis, convention, programme sheet) share on paper: the seller's block, headings, the status mark. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { GREY, RULE } from './pdfParts';
import type { SellerIdentity } from './seller';

/** The seller's name and identity lines, top left of the first page. */
export function sellerBlock(seller: SellerIdentity): Content {
  return {
    stack: [
      { text: seller.name, style: 'organisation', fontSize: 11 },
      ...seller.lines.map((line) => ({ text: line, fontSize: 7.5, color: GREY })),
    ],
  };
}

/** A big framed line on the first page (BROUILLON…), repeated faintly across every page. */
export function statusMark(mark: string): Content {
  return {
    table: {
      widths: ['*'],
      body: [[{ text: mark, bold: true, fontSize: 13, color: '#b00020', alignment: 'center', margin: [0, 3, 0, 3] }]],
    },
    layout: { hLineColor: () => '#b00020', vLineColor: () => '#b00020', hLineWidth: () => 1.2, vLineWidth: () => 1.2 },
    margin: [0, 8, 0, 4],
  };
}

/** A section heading of a sales document. */
export function heading(text: string): Content {
  return { text, bold: true, fontSize: 10.5, margin: [0, 12, 0, 4] };
}

/** Label–value rows without borders. */
export function detailRows(rows: readonly { label: string; value: string }[]): Content {
  if (!rows.length) return { text: '' };
  return {
    table: {
      widths: ['auto', '*'],
      body: rows.map((r): TableCell[] => [{ text: r.label, style: 'label', noWrap: true }, { text: r.value }]),
    },
    layout: 'noBorders',
  };
}

/** A framed box to sign in, with its caption lines above the empty space. */
export function signatureBox(title: string, lines: readonly string[], height = 80): Content {
  return {
    unbreakable: true,
    stack: [
      { text: title, bold: true, margin: [0, 0, 0, 3] },
      {
        table: {
          widths: ['*'],
          heights: [height],
          body: [[{ stack: lines.map((t) => ({ text: t, fontSize: 8, color: GREY, margin: [0, 0, 0, 6] })) }]],
        },
        layout: { hLineColor: () => RULE, vLineColor: () => RULE },
      },
    ],
  };
}
