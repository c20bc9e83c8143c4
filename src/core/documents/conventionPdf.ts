/** The convention de formation as a pdfmake document definition. */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentLabels } from '../i18n/documents';
import type { ConventionView } from './convention';
import { a4Document, GREY, RULE } from './pdfParts';
import { detailRows, heading, sellerBlock, signatureBox, statusMark } from './salesPdfParts';
import { pageIdentity } from './pageIdentity';

function party(name: string, lines: readonly string[], representedBy: string | undefined, role: string): Content {
  return {
    stack: [
      { text: name, bold: true },
      ...lines.map((t) => ({ text: t, fontSize: 8.5, color: GREY })),
      { text: representedBy ?? '', fontSize: 8.5 },
      { text: role, italics: true, fontSize: 8.5 },
    ],
    margin: [10, 2, 0, 6],
  };
}

function priceTable(v: ConventionView): Content[] {
  return v.quote.groups.map((g) => {
    const body: TableCell[][] = g.totals.map((r) => [
      { text: r.label, bold: r.strong },
      { text: r.amount, alignment: 'right', bold: r.strong, noWrap: true },
    ]);
    return {
      unbreakable: true,
      columns: [
        {
          width: 300,
          stack: [
            ...(v.quote.groups.length > 1 ? [{ text: g.title, bold: true, fontSize: 8.5, color: GREY }] : []),
            {
              table: { widths: ['*', 'auto'], body },
              layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, hLineColor: () => RULE, vLineColor: () => RULE },
            },
          ],
        },
        { width: '*', text: '' },
      ],
      margin: [0, 2, 0, 4],
    } as Content;
  });
}

export function conventionPdf(v: ConventionView, provenance: string): TDocumentDefinitions {
  const l = v.l;
  let n = 0;
  const article = (title: string) => heading(l.article(++n, title));
  const content: Content[] = [
    sellerBlock(v.seller),
    { text: l.convention, style: 'title', alignment: 'center', margin: [0, 18, 0, 0] },
    { text: l.conventionLaw, alignment: 'center', color: GREY },
    { text: l.conventionNumber(v.quote.number), alignment: 'center', margin: [0, 2, 0, 10] },
  ];
  if (v.status !== 'accepted' && v.quote.mark) content.push(statusMark(v.quote.mark));
  content.push(
    { text: l.between, bold: true },
    party(v.seller.name, v.seller.lines, v.seller.representedBy, l.trainingBody),
    { text: l.and, bold: true },
    party(v.client.name, v.client.lines, v.client.representedBy, l.buyer),
    article(l.objectTitle),
    { text: v.object },
    article(l.natureTitle),
    detailRows(v.action),
  );
  if (v.objectives.length)
    content.push({ text: l.objectives, style: 'label', margin: [0, 4, 0, 2] }, { ul: v.objectives });
  content.push(article(l.meansTitle), detailRows(v.means), { text: l.certificateIssued, margin: [0, 4, 0, 0] });
  content.push(article(l.priceTitle), { text: l.priceFromQuote(v.quote.number) }, ...priceTable(v), {
    text: [{ text: l.amount, bold: true }, v.quote.summary],
  });
  if (v.quote.vatExempt) content.push({ text: l.vatExempt, italics: true });
  content.push(article(l.paymentTitle), ...v.payment.map((t) => ({ text: t })));
  content.push(article(l.cancellationTitle), { text: v.cancellation, alignment: 'justify' as const });
  content.push({ text: `${v.madeIn} ____________________`, margin: [0, 16, 0, 8] });
  content.push({
    columns: [
      signatureBox(l.forTrainingBody, [v.seller.name, v.seller.representedBy ?? '', l.signatureHint], 90),
      signatureBox(l.forBuyer, [v.client.name, v.client.representedBy ?? '', l.signatureHint], 90),
    ],
    columnGap: 20,
  });
  return a4Document(
    content,
    {
      orientation: 'portrait',
      provenance,
      identity: pageIdentity(v.config).line,
      title: `${l.convention} — ${v.quote.number}`,
      language: v.config.locale,
      runningHeader: `${l.convention} — ${v.seller.name} / ${v.client.name} — ${l.conventionNumber(v.quote.number)}`,
    },
    documentLabels(v.config.locale),
  );
}
