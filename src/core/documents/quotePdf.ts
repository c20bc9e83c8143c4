/** The devis as a pdfmake document definition. */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentLabels } from '../i18n/documents';
import { a4Document, FILL, GREY, RULE, thinGrid } from './pdfParts';
import type { QuoteGroupView, QuoteView, TotalRow } from './quote';
import { detailRows, heading, sellerBlock, signatureBox, statusMark } from './salesPdfParts';
import { pageIdentity } from './pageIdentity';

const thin = thinGrid();

function linesTable(v: QuoteView): Content {
  const c = v.l.columns;
  const right = { alignment: 'right' as const };
  const head: TableCell[] = [c.label, c.quantity, c.unit, c.people, c.unitPrice, c.vat, c.total].map((t, i) => ({
    text: t,
    style: 'tableHeader',
    ...(i ? right : {}),
  }));
  const body: TableCell[][] = [head];
  for (const g of v.groups) {
    if (v.groups.length > 1 || g.title !== v.l.oneOffLines)
      body.push([{ text: g.title, colSpan: 7, bold: true, fillColor: FILL }, '', '', '', '', '', '']);
    for (const line of g.lines)
      body.push([
        line.label,
        { text: line.quantity, ...right },
        { text: line.unit, ...right },
        { text: line.people, ...right },
        { text: line.unitPrice, ...right, noWrap: true },
        { text: line.rate, ...right, noWrap: true },
        { text: line.total, ...right, noWrap: true },
      ]);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 26, 62, 26, 58, 34, 62], body },
    layout: thin,
    fontSize: 8.5,
    margin: [0, 10, 0, 6],
  };
}

function totalsTable(g: QuoteGroupView, title: string | undefined): Content {
  const body: TableCell[][] = g.totals.map((r: TotalRow) => [
    { text: r.label, bold: r.strong },
    { text: r.amount, alignment: 'right', bold: r.strong, noWrap: true },
  ]);
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 290,
        stack: [
          ...(title ? [{ text: title, bold: true, fontSize: 8.5, color: GREY, margin: [0, 0, 0, 2] as const }] : []),
          { table: { widths: ['*', 'auto'], body }, layout: thin },
        ],
      },
    ],
    margin: [0, 4, 0, 4],
  } as Content;
}

export function quotePdf(v: QuoteView, provenance: string): TDocumentDefinitions {
  const l = v.l;
  const content: Content[] = [
    {
      columns: [
        { width: '*', stack: [sellerBlock(v.seller)] },
        {
          width: 230,
          stack: [
            { text: l.quoteNumber(v.number), style: 'title', alignment: 'right' },
            { ...(detailRows(v.details) as object), margin: [0, 4, 0, 0] } as Content,
          ],
        },
      ],
      columnGap: 16,
    },
  ];
  if (v.mark) content.push(statusMark(v.mark));
  content.push({
    columns: [
      { width: '*', text: '' },
      {
        width: 240,
        table: {
          widths: ['*'],
          body: [
            [
              {
                stack: [
                  { text: l.client, style: 'label', fontSize: 8 },
                  { text: v.client.name, bold: true, fontSize: 10.5 },
                  ...v.client.lines.map((t) => ({ text: t })),
                ],
                margin: [4, 3, 4, 3],
              },
            ],
          ],
        },
        layout: { hLineColor: () => RULE, vLineColor: () => RULE },
      },
    ],
    margin: [0, 12, 0, 0],
  });
  content.push(linesTable(v));
  content.push(...v.groups.map((g) => totalsTable(g, v.groups.length > 1 ? g.title : undefined)));
  content.push({ text: [{ text: l.amount, bold: true }, v.summary], fontSize: 10, margin: [0, 8, 0, 0] });
  if (v.vatExempt) content.push({ text: l.vatExempt, italics: true, margin: [0, 4, 0, 0] });
  content.push(heading(l.paymentTerms), ...v.payment.map((t) => ({ text: t, fontSize: 8.5 })));
  if (v.notes) content.push(heading(l.notes), { text: v.notes, fontSize: 8.5 });
  content.push({
    columns: [
      { width: '*', text: '' },
      {
        width: 260,
        stack: [signatureBox(l.approval, [l.approvalDate, l.approvalName, l.approvalSignature], 110)],
      },
    ],
    margin: [0, 16, 0, 0],
  });
  const doc = a4Document(
    content,
    {
      orientation: 'portrait',
      provenance,
      identity: pageIdentity(v.config).line,
      title: l.quoteNumber(v.number),
      language: v.config.locale,
      runningHeader: `${v.seller.name} — ${l.quoteNumber(v.number)}`,
    },
    documentLabels(v.config.locale),
  );
  if (v.mark) doc.watermark = { text: v.mark.split(' ')[0], color: '#b00020', opacity: 0.12, bold: true };
  return doc;
}
