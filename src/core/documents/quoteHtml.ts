/** The devis as one printable HTML page (A4). Every value is escaped; the page loads nothing and runs nothing. */
import { escapeHtml as h } from './html';
import type { QuoteView } from './quote';

const STYLE = `
@page { size: A4 portrait; margin: 12mm 10mm 16mm; }
body { font: 9pt/1.3 Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #000; margin: 0; }
header { display: flex; justify-content: space-between; gap: 12mm; }
.seller b { font-size: 11pt; } .seller div { color: #555; font-size: 7.5pt; }
h1 { font-size: 17pt; margin: 0 0 4pt; text-align: right; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 8pt; margin: 0; }
dt { color: #555; font-weight: bold; } dd { margin: 0; }
.mark { border: 1.2pt solid #b00020; color: #b00020; font-weight: bold; font-size: 13pt; text-align: center; padding: 3pt; margin: 8pt 0; }
.client { margin: 12pt 0 0 auto; width: 85mm; border: 0.6pt solid #9a9a9a; padding: 4pt; }
.client small { color: #555; font-weight: bold; display: block; }
table { width: 100%; border-collapse: collapse; margin: 10pt 0 6pt; }
th, td { border: 0.6pt solid #9a9a9a; padding: 3pt; vertical-align: top; }
th { background: #eee; font-size: 8pt; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr.group td { background: #eee; font-weight: bold; }
table.totals { width: 100mm; margin-left: auto; }
table.totals caption { text-align: left; color: #555; font-weight: bold; }
.strong { font-weight: bold; }
h2 { font-size: 10.5pt; margin: 12pt 0 4pt; }
.sign { margin: 16pt 0 0 auto; width: 92mm; } .sign div { border: 0.6pt solid #9a9a9a; height: 38mm; padding: 4pt; color: #555; font-size: 8pt; }
footer { margin-top: 10pt; font-size: 7pt; color: #555; }
@media screen { body { max-width: 190mm; margin: 10mm auto; } }
`;

export function quoteHtml(v: QuoteView, provenance: string): string {
  const l = v.l;
  const c = l.columns;
  const rows = v.groups.flatMap((g) => [
    ...(v.groups.length > 1 ? [`<tr class="group"><td colspan="7">${h(g.title)}</td></tr>`] : []),
    ...g.lines.map(
      (x) =>
        `<tr><td>${h(x.label)}</td><td class="n">${h(x.quantity)}</td><td class="n">${h(x.unit)}</td><td class="n">${h(x.people)}</td><td class="n">${h(x.unitPrice)}</td><td class="n">${h(x.rate)}</td><td class="n">${h(x.total)}</td></tr>`,
    ),
  ]);
  const totals = v.groups.map(
    (g) =>
      `<table class="totals">${v.groups.length > 1 ? `<caption>${h(g.title)}</caption>` : ''}${g.totals
        .map(
          (r) => `<tr${r.strong ? ' class="strong"' : ''}><td>${h(r.label)}</td><td class="n">${h(r.amount)}</td></tr>`,
        )
        .join('')}</table>`,
  );
  return `<!DOCTYPE html>
<html lang="${h(v.config.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(l.quoteNumber(v.number))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<div class="seller"><b>${h(v.seller.name)}</b>${v.seller.lines.map((x) => `<div>${h(x)}</div>`).join('')}</div>
<div><h1>${h(l.quoteNumber(v.number))}</h1><dl>${v.details.map((d) => `<dt>${h(d.label)}</dt><dd>${h(d.value)}</dd>`).join('')}</dl></div>
</header>
${v.mark ? `<p class="mark">${h(v.mark)}</p>` : ''}
<div class="client"><small>${h(l.client)}</small><b>${h(v.client.name)}</b>${v.client.lines.map((x) => `<div>${h(x)}</div>`).join('')}</div>
<table>
<thead><tr><th>${h(c.label)}</th><th class="n">${h(c.quantity)}</th><th class="n">${h(c.unit)}</th><th class="n">${h(c.people)}</th><th class="n">${h(c.unitPrice)}</th><th class="n">${h(c.vat)}</th><th class="n">${h(c.total)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${totals.join('\n')}
<p><b>${h(l.amount)}</b>${h(v.summary)}</p>
${v.vatExempt ? `<p><i>${h(l.vatExempt)}</i></p>` : ''}
<h2>${h(l.paymentTerms)}</h2>
${v.payment.map((p) => `<p>${h(p)}</p>`).join('\n')}
${v.notes ? `<h2>${h(l.notes)}</h2><p>${h(v.notes)}</p>` : ''}
<section class="sign"><b>${h(l.approval)}</b><div>${[l.approvalDate, l.approvalName, l.approvalSignature].map((x) => `<p>${h(x)}</p>`).join('')}</div></section>
<footer>${h(provenance)}</footer>
</body>
</html>
`;
}
