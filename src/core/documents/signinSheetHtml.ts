/**
 * The sign-in sheet as one printable HTML page (A4): the browser repeats the table header on each
 * printed page and keeps rows whole. Every value is escaped; the page loads nothing and runs nothing.
 */
import { documentLabels, type DocumentLabels } from '../i18n/documents';
import { escapeHtml as h } from './html';
import type { SlotModel } from './sessionModel';
import { cellMark, runningHeader, sheetInfo, slotChunks, slotHeader, type SigninSheet } from './signinSheet';

const STYLE = `
@page { size: A4 %ORIENTATION%; margin: 12mm 10mm 16mm;
  @bottom-left { content: %PROVENANCE%; font: 7pt sans-serif; color: #555; }
  @bottom-right { content: "page " counter(page) " / " counter(pages); font: 7pt sans-serif; color: #555; } }
body { font: 9pt/1.25 Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #000; margin: 0; }
header .org { display: flex; justify-content: space-between; font-weight: bold; }
header .org small { font-weight: normal; color: #555; }
h1 { font-size: 17pt; margin: 6pt 0 2pt; }
h2 { font-size: 12pt; margin: 0 0 6pt; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 0; }
dt { color: #555; font-weight: bold; }
dd { margin: 0; }
.hint { font-style: italic; color: #555; font-size: 8pt; margin: 4pt 0 6pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 10pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.6pt solid #9a9a9a; padding: 3pt; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; font-size: 8pt; text-align: left; }
th.slot { text-align: center; width: 24mm; }
th.slot span { display: block; font-weight: normal; }
th.n { width: 7mm; }
td { height: 27pt; font-size: 8.5pt; }
td.n { text-align: right; color: #777; }
td.mark { text-align: center; font-style: italic; color: #555; font-size: 8pt; }
td.email { font-size: 7.5pt; }
.part { page-break-before: always; }
footer { margin-top: 8pt; font-size: 7pt; color: #555; display: flex; justify-content: space-between; }
@media screen { body { max-width: 277mm; margin: 10mm auto; padding: 0 8mm; } }
`;

function slotTh(slot: SlotModel, l: DocumentLabels): string {
  const s = slotHeader(slot, l);
  return `<th class="slot">${h(s.date)}<span>${h(s.half)}</span><span>${h(s.hours)}</span></th>`;
}

function tables(sheet: SigninSheet, slots: SlotModel[], l: DocumentLabels): string {
  const head = `<tr><th class="n">${h(l.number)}</th><th>${h(l.lastName)}</th><th>${h(l.firstName)}</th><th>${h(l.organisation)}</th><th>${h(l.email)}</th>${slots.map((s) => slotTh(s, l)).join('')}</tr>`;
  const rows = sheet.participants.map(
    (p, i) =>
      `<tr><td class="n">${i + 1}</td><td><b>${h(p.last_name)}</b></td><td>${h(p.first_name)}</td><td>${h(p.organisation ?? '')}</td><td class="email">${h(p.email)}</td>${slots.map((s) => `<td class="mark">${h(cellMark(p, s, l))}</td>`).join('')}</tr>`,
  );
  const facilitators = sheet.facilitators.map(
    (f) =>
      `<tr><td colspan="5"><b>${h(f.last_name)}</b> ${h(f.first_name)} <small>${h(l.facilitator)}</small></td>${slots.map(() => '<td></td>').join('')}</tr>`,
  );
  const participants = `<table><thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  if (!facilitators.length) return participants;
  const fhead = `<tr><th colspan="5">${h(l.facilitatorSignature)}</th>${slots.map((s) => slotTh(s, l)).join('')}</tr>`;
  return `${participants}\n<table class="facilitators"><colgroup><col class="n" style="width:7mm"><col><col><col><col></colgroup><thead>${fhead}</thead><tbody>\n${facilitators.join('\n')}\n</tbody></table>`;
}

export function signinSheetHtml(sheet: SigninSheet, provenance: string): string {
  const l = documentLabels(sheet.session.config.locale);
  const cfg = sheet.session.config;
  const { orientation, chunks } = slotChunks(sheet.session.slots);
  const info = sheetInfo(sheet, l)
    .map((line) => `<dt>${h(line.label)}</dt><dd>${h(line.value)}</dd>`)
    .join('');
  const parts = chunks.map((slots, i) => {
    const from = sheet.session.slots.indexOf(slots[0]) + 1;
    const title =
      chunks.length > 1
        ? `<h2${i > 0 ? ' class="part"' : ''}>${h(l.slotsPart(from, from + slots.length - 1, sheet.session.slots.length))}</h2>`
        : '';
    return title + tables(sheet, slots, l);
  });
  // The provenance goes to the print footer through a CSS string: quotes and backslashes escaped for CSS.
  const cssString = JSON.stringify(provenance).replace(/</g, '\\3C ');
  return `<!DOCTYPE html>
<html lang="${h(cfg.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(runningHeader(sheet, l))}</title>
<style>${STYLE.replace('%ORIENTATION%', orientation).replace('%PROVENANCE%', () => cssString)}</style>
</head>
<body>
<header>
<div class="org"><span>${h(cfg.organisation)}</span><small>${cfg.registration_number ? h(l.registrationNumber(cfg.registration_number)) : ''}</small></div>
<h1>${h(l.signinSheet)}</h1>
<h2>${h(sheet.session.title)}</h2>
<dl>${info}</dl>
<p class="hint">${h(l.signHint)}</p>
</header>
<main>
${parts.join('\n')}
</main>
<footer><span>${h(provenance)}</span></footer>
</body>
</html>
`;
}
