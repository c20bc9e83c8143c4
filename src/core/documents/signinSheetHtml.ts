/**
 * The sign-in sheet as one printable HTML page (A4), printed as the PDF is: the running header,
 * the duplicate mark, the provenance and "page x / y" in the page margins (Chromium prints @page
 * margin boxes), the table header repeated on each page (thead), rows kept whole, the last rows
 * kept with the signature block. Every value is escaped; the page loads nothing and runs nothing.
 */
import { documentLabels, type DocumentLabels } from '../i18n/documents';
import { sheetWords, type SheetWords } from '../i18n/signinSheet';
import { escapeHtml as h } from './html';
import { pageIdentity } from './pageIdentity';
import type { ParticipantModel, SlotModel } from './sessionModel';
import {
  cellMark,
  duplicateMark,
  runningHeader,
  sheetInfo,
  slotChunks,
  slotHeader,
  type SigninSheet,
} from './signinSheet';

/** Printable width of an A4 page between the side margins below, in mm. */
const PAGE_WIDTH = { portrait: 190, landscape: 277 };
const NUMBER_COLUMN = 7;
const SLOT_COLUMN = 28;
/** How many participant rows always go with the signature block. */
const KEPT_WITH_SIGNATURES = 2;

const STYLE = `
@page { size: A4 %ORIENTATION%; margin: 16mm 10mm 16mm;
  @top-left { content: %RUNNING%; font: 7pt sans-serif; color: #555; }
  @top-right { content: %MARK%; font: bold 9pt sans-serif; color: #b00020; }
  @bottom-left { content: %IDENTITY% "\\A " %PROVENANCE%; white-space: pre-wrap; font: 7pt sans-serif; color: #555; }
  @bottom-right { content: %PAGE% counter(page) " / " counter(pages); font: 7pt sans-serif; color: #555; } }
body { font: 9pt/1.25 Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #000; margin: 0; }
header .org { display: flex; justify-content: space-between; font-weight: bold; }
header .org small { font-weight: normal; color: #555; }
h1 { font-size: 17pt; margin: 6pt 0 2pt; }
h2 { font-size: 12pt; margin: 0 0 6pt; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 0; }
dt { color: #555; font-weight: bold; }
dd { margin: 0; }
.hint { font-style: italic; color: #555; font-size: 8pt; margin: 4pt 0 0; }
.hint:last-child { margin-bottom: 6pt; }
.duplicate { font-weight: bold; color: #b00020; margin: 4pt 0 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.sheet { margin-bottom: 10pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.6pt solid #9a9a9a; padding: 3pt; vertical-align: top; overflow-wrap: break-word; }
th { background: #eee; font-size: 8pt; text-align: left; }
th.slot { text-align: center; }
th.slot span { display: block; font-weight: normal; }
td { height: 27pt; font-size: 8.5pt; }
td.n { text-align: right; color: #777; }
td.mark { text-align: center; font-style: italic; color: #555; font-size: 8pt; }
td.email { font-size: 7.5pt; overflow-wrap: normal; }
td.email span { white-space: nowrap; }
td.count { height: auto; vertical-align: middle; }
td.count.slot { text-align: center; }
td.kept { border: none; padding: 0; height: auto; }
td.kept table.signatures { margin-top: 10pt; }
.part { page-break-before: always; }
footer { margin-top: 8pt; font-size: 7pt; color: #555; }
@media print { footer, .screen-only { display: none; } }
@media screen { body { max-width: 277mm; margin: 10mm auto; padding: 0 8mm; } }
`;

/** A value for a CSS `content:` string: quotes and backslashes escaped, and no "<" to end the style element. */
function cssString(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\3C ');
}

/** An address may wrap after "@" or before a ".", never inside a word (not even at a hyphen). */
function breakableEmail(email: string): string {
  return email
    .replace(/@/g, '@\u200b')
    .replace(/\./g, '\u200b.')
    .split('\u200b')
    .filter(Boolean)
    .map((piece) => `<span>${h(piece)}</span>`)
    .join('<wbr>');
}

function slotTh(sheet: SigninSheet, slot: SlotModel, l: DocumentLabels): string {
  const s = slotHeader(slot, l, sheet.session.config.locale);
  return `<th class="slot">${h(s.date)}<span>${h(s.half)}</span><span>${h(s.hours)}</span></th>`;
}

/**
 * Column widths: number, identity columns (email widest when printed), signature boxes; reckoned
 * in mm on the printed page, written as shares of the table so that it never overflows the page.
 */
function colgroup(sheet: SigninSheet, slots: number, orientation: 'portrait' | 'landscape'): string {
  const shares = sheet.showEmail ? [0.21, 0.19, 0.25, 0.35] : [0.3, 0.28, 0.42];
  const page = PAGE_WIDTH[orientation];
  const rest = page - NUMBER_COLUMN - SLOT_COLUMN * slots;
  const mm = [NUMBER_COLUMN, ...shares.map((s) => rest * s), ...Array<number>(slots).fill(SLOT_COLUMN)];
  return `<colgroup>${mm.map((w) => `<col style="width:${((100 * w) / page).toFixed(2)}%">`).join('')}</colgroup>`;
}

function participantRow(sheet: SigninSheet, p: ParticipantModel, n: number, slots: SlotModel[], l: DocumentLabels) {
  const email = sheet.showEmail ? `<td class="email">${breakableEmail(p.email)}</td>` : '';
  const marks = slots.map((s) => `<td class="mark">${h(cellMark(sheet, p, s, l))}</td>`).join('');
  return `<tr><td class="n">${n}</td><td><b>${h(p.last_name)}</b></td><td>${h(p.first_name)}</td><td>${h(p.organisation ?? '')}</td>${email}${marks}</tr>`;
}

function tables(
  sheet: SigninSheet,
  slots: SlotModel[],
  orientation: 'portrait' | 'landscape',
  l: DocumentLabels,
  w: SheetWords,
): string {
  const cols = colgroup(sheet, slots.length, orientation);
  const identity = [l.number, l.lastName, l.firstName, l.organisation, ...(sheet.showEmail ? [l.email] : [])];
  const head = `<tr>${identity.map((t) => `<th>${h(t)}</th>`).join('')}${slots.map((s) => slotTh(sheet, s, l)).join('')}</tr>`;
  const rows = sheet.participants.map((p, i) => participantRow(sheet, p, i + 1, slots, l));
  const kept = Math.max(0, rows.length - KEPT_WITH_SIGNATURES);
  const span = identity.length;
  const signatures = [
    `<tr><th colspan="${span}">${sheet.facilitators.length ? h(l.facilitatorSignature) : ''}</th>${slots.map((s) => slotTh(sheet, s, l)).join('')}</tr>`,
    `<tr><td class="count" colspan="${span}"><b>${h(w.headCount)}</b></td>${slots.map(() => `<td class="count slot">${h(w.headCountBlank(sheet.participants.length))}</td>`).join('')}</tr>`,
    ...sheet.facilitators.map(
      (f) =>
        `<tr><td colspan="${span}"><b>${h(f.last_name)}</b> ${h(f.first_name)} <small>${h(l.facilitator)}</small></td>${slots.map(() => '<td></td>').join('')}</tr>`,
    ),
  ];
  // The last participants and the signature block share one row that never breaks: they move together.
  const keptRows = rows.slice(kept);
  const block = `<tr class="kept"><td class="kept" colspan="${span + slots.length}">${
    keptRows.length ? `<table>${cols}<tbody>\n${keptRows.join('\n')}\n</tbody></table>` : ''
  }<table class="signatures">${cols}<tbody>\n${signatures.join('\n')}\n</tbody></table></td></tr>`;
  return `<table class="sheet">${cols}<thead>${head}</thead><tbody>\n${[...rows.slice(0, kept), block].join('\n')}\n</tbody></table>`;
}

export function signinSheetHtml(sheet: SigninSheet, provenance: string): string {
  const l = documentLabels(sheet.session.config.locale);
  const w = sheetWords(sheet.session.config.locale);
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
    return title + tables(sheet, slots, orientation, l, w);
  });
  const mark = duplicateMark(sheet, l);
  // "page" before the counters: the catalogue's "page x / y" without its figures.
  const pageWord = l.page(0, 0).replace(/[\d\s/]+$/, '');
  const style = STYLE.replace('%ORIENTATION%', orientation)
    .replace('%RUNNING%', () => cssString(runningHeader(sheet, l)))
    .replace('%MARK%', () => (mark ? cssString(mark) : 'none'))
    .replace('%IDENTITY%', () => cssString(pageIdentity(cfg).line))
    .replace('%PROVENANCE%', () => cssString(provenance))
    .replace('%PAGE%', () => cssString(`${pageWord} `));
  return `<!DOCTYPE html>
<html lang="${h(cfg.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(runningHeader(sheet, l))}</title>
<style>${style}</style>
</head>
<body>
<header>
${mark ? `<p class="duplicate screen-only">${h(mark)}</p>\n` : ''}<div class="org"><span>${h(cfg.organisation)}</span><small>${cfg.registration_number ? h(l.registrationNumber(cfg.registration_number)) : ''}</small></div>
<h1>${h(l.signinSheet)}</h1>
<h2>${h(sheet.session.title)}</h2>
<dl>${info}</dl>
${mark ? `<p class="duplicate">${h(w.duplicateNote)}</p>\n` : ''}<p class="hint">${h(l.signHint)}</p>
<p class="hint"><b>${h(w.strikeOut)}</b> ${h(w.strikeOutHint)}</p>
</header>
<main>
${parts.join('\n')}
</main>
<footer><span>${h(pageIdentity(cfg).line)}</span><br><span>${h(provenance)}</span></footer>
</body>
</html>
`;
}
