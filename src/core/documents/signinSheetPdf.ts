/**
 * The sign-in sheet as a pdfmake document definition (pure data; the host turns it into bytes).
 * The participants' table repeats its header row on every page and never splits a row; its last
 * row holds the last participants with the head counts and the facilitators' signatures, so the
 * signature block never lands alone on a page (an unbreakable row moves whole, under the header).
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentLabels, type DocumentLabels } from '../i18n/documents';
import { sheetWords, type SheetWords } from '../i18n/signinSheet';
import { a4Document, contentWidth, MARGIN, organisationHeader, RULE } from './pdfParts';
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
import { pageIdentity } from './pageIdentity';

/** Height of a row with a signature box: room for a hand-written signature. */
const SIGNATURE_ROW = 25;
const NUMBER_COLUMN = 18;
const LINE = 0.6;
const PADDING = 3;
/** How many participant rows always go with the signature block. */
const KEPT_WITH_SIGNATURES = 2;
const DUPLICATE_COLOR = '#b00020';

const gridLayout = {
  hLineWidth: () => LINE,
  vLineWidth: () => LINE,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => PADDING,
  paddingRight: () => PADDING,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** The grid, but the last row (the block kept together) has no padding of its own: its nested tables line up. */
const outerLayout = {
  ...gridLayout,
  paddingTop: (row: number, node: { table: { body: unknown[] } }) => (row === node.table.body.length - 1 ? 0 : 2),
  paddingBottom: (row: number, node: { table: { body: unknown[] } }) => (row === node.table.body.length - 1 ? 0 : 2),
};

export function signinSheetPdf(sheet: SigninSheet, provenance: string): TDocumentDefinitions {
  const l = documentLabels(sheet.session.config.locale);
  const w = sheetWords(sheet.session.config.locale);
  const { orientation, chunks } = slotChunks(sheet.session.slots);
  const width = contentWidth(orientation);
  const content: Content[] = [heading(sheet, l, w)];
  chunks.forEach((slots, i) => {
    if (chunks.length > 1) {
      const from = sheet.session.slots.indexOf(slots[0]) + 1;
      content.push({
        text: l.slotsPart(from, from + slots.length - 1, sheet.session.slots.length),
        style: 'subtitle',
        pageBreak: i > 0 ? 'before' : undefined,
      });
    }
    content.push(participantsTable(sheet, slots, width, l, w));
  });
  const doc = a4Document(
    content,
    {
      orientation,
      runningHeader: runningHeader(sheet, l),
      provenance,
      identity: pageIdentity(sheet.session.config).line,
      title: `${l.signinSheet} — ${sheet.session.title}`,
      language: sheet.session.config.locale,
    },
    l,
  );
  const mark = duplicateMark(sheet, l);
  if (mark) markEveryPage(doc, mark, runningHeader(sheet, l));
  return doc;
}

/** A duplicate says so at the top of every page, above the running header (the shared footer stays as it is). */
function markEveryPage(doc: TDocumentDefinitions, mark: string, running: string): void {
  const [left, , right, bottom] = doc.pageMargins as [number, number, number, number];
  doc.pageMargins = [left, 46, right, bottom];
  doc.header = (page: number) => ({
    stack: [
      { text: mark, bold: true, fontSize: 10, color: DUPLICATE_COLOR },
      page > 1 ? { text: running, style: 'small' } : { text: '' },
    ],
    margin: [MARGIN, 12, MARGIN, 0],
  });
}

function heading(sheet: SigninSheet, l: DocumentLabels, w: SheetWords): Content {
  const cfg = sheet.session.config;
  return {
    stack: [
      organisationHeader(cfg, l),
      { text: l.signinSheet, style: 'title' },
      { text: sheet.session.title, style: 'subtitle' },
      {
        table: {
          widths: ['auto', '*'],
          body: sheetInfo(sheet, l).map((line) => [{ text: line.label, style: 'label' }, { text: line.value }]),
        },
        layout: 'noBorders',
      },
      sheet.duplicateOn !== undefined
        ? { text: w.duplicateNote, bold: true, color: DUPLICATE_COLOR, fontSize: 8.5, margin: [0, 4, 0, 0] }
        : { text: '' },
      { text: l.signHint, style: 'hint', margin: [0, 4, 0, 0] },
      { text: [{ text: `${w.strikeOut} `, bold: true }, w.strikeOutHint], style: 'hint', margin: [0, 1, 0, 6] },
    ],
  };
}

/** What a column takes beyond its content width: its two paddings and one rule. */
const COLUMN_EXTRA = 2 * PADDING + LINE;

/** The identity columns' shares of the room the signature boxes leave (email widest when printed). */
const SHARES = { withEmail: [0.21, 0.19, 0.25, 0.35], withoutEmail: [0.3, 0.28, 0.42] };

/** Column widths: number, identity columns, then fixed signature boxes. */
function widths(sheet: SigninSheet, slotCount: number, width: number): number[] {
  const shares = sheet.showEmail ? SHARES.withEmail : SHARES.withoutEmail;
  const columns = 1 + shares.length + slotCount;
  const usable = width - columns * COLUMN_EXTRA - LINE;
  const box = Math.min(110, Math.max(82, (usable * 0.36) / slotCount));
  const rest = usable - NUMBER_COLUMN - box * slotCount;
  return [NUMBER_COLUMN, ...shares.map((s) => rest * s), ...Array<number>(slotCount).fill(box)];
}

function slotHeaderCell(sheet: SigninSheet, slot: SlotModel, l: DocumentLabels): TableCell {
  const h = slotHeader(slot, l, sheet.session.config.locale);
  return {
    stack: [{ text: h.date, bold: true }, { text: h.half }, { text: h.hours, bold: false, color: '#333333' }],
    style: 'tableHeader',
    alignment: 'center',
  };
}

/** An address that must wrap breaks after "@" or before a ".", not inside a word (zero-width spaces). */
export function breakableEmail(email: string): string {
  return email.replace(/@/g, '@\u200b').replace(/\./g, '\u200b.');
}

/** The longest piece of an address kept on one line: longer, it may wrap at a hyphen rather than overflow its cell. */
const WHOLE_PIECE = 24;

/**
 * The address as pieces that do not wrap inside (not even at a hyphen: "terre-vivante" stays
 * whole), each ended by a zero-width space: a long address wraps after "@" or before a "." only.
 * (pdfmake allows a break between two inlines when the first one's last word ends with a break
 * opportunity; a zero-width space at the start of the next one would not count.)
 */
export function emailPieces(email: string): { text: string; noWrap: boolean }[] {
  const pieces = breakableEmail(email).split('\u200b').filter(Boolean);
  return pieces.map((piece, i) => ({
    text: i < pieces.length - 1 ? `${piece}\u200b` : piece,
    noWrap: piece.length <= WHOLE_PIECE,
  }));
}

function participantRow(
  sheet: SigninSheet,
  p: ParticipantModel,
  n: number,
  slots: SlotModel[],
  l: DocumentLabels,
): TableCell[] {
  return [
    { text: String(n), style: 'cell', color: '#777777', alignment: 'right' },
    { text: p.last_name, style: 'cell', bold: true },
    { text: p.first_name, style: 'cell' },
    { text: p.organisation ?? '', style: 'cell' },
    ...(sheet.showEmail ? [{ text: emailPieces(p.email), style: 'cell', fontSize: 7.5 }] : []),
    ...slots.map((s): TableCell => ({ text: cellMark(sheet, p, s, l), style: 'mark', margin: [0, 7, 0, 0] })),
  ];
}

function participantsTable(
  sheet: SigninSheet,
  slots: SlotModel[],
  width: number,
  l: DocumentLabels,
  w: SheetWords,
): Content {
  const identity = [l.number, l.lastName, l.firstName, l.organisation, ...(sheet.showEmail ? [l.email] : [])];
  const header: TableCell[] = identity.map((t) => ({ text: t, style: 'tableHeader' }));
  header.push(...slots.map((s) => slotHeaderCell(sheet, s, l)));
  const rows = sheet.participants.map((p, i) => participantRow(sheet, p, i + 1, slots, l));
  const kept = Math.max(0, rows.length - KEPT_WITH_SIGNATURES);
  const ws = widths(sheet, slots.length, width);
  const columns = ws.length;
  // The last row spans every column and holds the kept rows and the signature block as nested
  // tables with the same widths; it has no borders of its own.
  const block: TableCell[] = [
    {
      colSpan: columns,
      border: [false, false, false, false],
      stack: [
        ...(rows.length > kept
          ? [{ table: { widths: ws, heights: SIGNATURE_ROW, body: rows.slice(kept) }, layout: gridLayout } as Content]
          : []),
        signatureBlock(sheet, slots, ws, l, w),
      ],
      margin: [-PADDING - LINE, rows.length > kept ? -LINE / 2 : 0, -PADDING - LINE / 2, 0],
    },
    ...Array.from({ length: columns - 1 }, (): TableCell => ''),
  ];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ws,
      heights: (row: number) => (row === 0 || row > kept ? 'auto' : SIGNATURE_ROW),
      body: [header, ...rows.slice(0, kept), block],
    },
    layout: outerLayout,
  };
}

/** The head count per half-day, then the facilitators' own signature rows, boxes under the participants' boxes. */
function signatureBlock(
  sheet: SigninSheet,
  slots: SlotModel[],
  w: number[],
  l: DocumentLabels,
  words: SheetWords,
): Content {
  const identityColumns = w.length - slots.length;
  // The name spans the identity columns of the table above, so the boxes line up.
  const nameWidth = w.slice(0, identityColumns).reduce((a, b) => a + b, 0) + (identityColumns - 1) * COLUMN_EXTRA;
  const header: TableCell[] = [
    { text: sheet.facilitators.length ? l.facilitatorSignature : '', style: 'tableHeader' },
    ...slots.map((s) => slotHeaderCell(sheet, s, l)),
  ];
  const count: TableCell[] = [
    { text: words.headCount, style: 'cell', bold: true, margin: [0, 3, 0, 0] },
    ...slots.map((): TableCell => ({
      text: words.headCountBlank(sheet.participants.length),
      style: 'cell',
      alignment: 'center',
      margin: [0, 3, 0, 0],
    })),
  ];
  const facilitators: TableCell[][] = sheet.facilitators.map((f) => [
    {
      text: [
        { text: f.last_name, bold: true },
        ' ',
        f.first_name,
        { text: `  ${l.facilitator}`, color: '#777777', fontSize: 7.5 },
      ],
      style: 'cell',
    },
    ...slots.map((): TableCell => ''),
  ]);
  return {
    margin: [0, 10, 0, 0],
    table: {
      headerRows: 0,
      widths: [nameWidth, ...w.slice(identityColumns)],
      heights: (row: number) => (row === 0 ? 'auto' : row === 1 ? 18 : SIGNATURE_ROW),
      body: [header, count, ...facilitators],
    },
    layout: gridLayout,
  };
}
