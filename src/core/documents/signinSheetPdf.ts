/**
 * The sign-in sheet as a pdfmake document definition (pure data; the host turns it into bytes).
 * The participants' table repeats its header row on every page and never splits a row.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentLabels, type DocumentLabels } from '../i18n/documents';
import { a4Document, contentWidth, RULE } from './pdfParts';
import type { SlotModel } from './sessionModel';
import { cellMark, runningHeader, sheetInfo, slotChunks, slotHeader, type SigninSheet } from './signinSheet';
import { pageIdentity } from './pageIdentity';

/** Height of a row with a signature box: room for a hand-written signature. */
const SIGNATURE_ROW = 25;
const NUMBER_COLUMN = 18;
const LINE = 0.6;
const PADDING = 3;

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

export function signinSheetPdf(sheet: SigninSheet, provenance: string): TDocumentDefinitions {
  const l = documentLabels(sheet.session.config.locale);
  const { orientation, chunks } = slotChunks(sheet.session.slots);
  const width = contentWidth(orientation);
  const content: Content[] = [heading(sheet, l)];
  chunks.forEach((slots, i) => {
    if (chunks.length > 1) {
      const from = sheet.session.slots.indexOf(slots[0]) + 1;
      content.push({
        text: l.slotsPart(from, from + slots.length - 1, sheet.session.slots.length),
        style: 'subtitle',
        pageBreak: i > 0 ? 'before' : undefined,
      });
    }
    content.push(participantsTable(sheet, slots, width, l), facilitatorsTable(sheet, slots, width, l));
  });
  return a4Document(
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
}

function heading(sheet: SigninSheet, l: DocumentLabels): Content {
  const cfg = sheet.session.config;
  return {
    stack: [
      {
        columns: [
          { text: cfg.organisation, style: 'organisation', width: '*' },
          {
            text: cfg.registration_number ? l.registrationNumber(cfg.registration_number) : '',
            style: 'small',
            alignment: 'right',
            width: 'auto',
          },
        ],
      },
      { text: l.signinSheet, style: 'title' },
      { text: sheet.session.title, style: 'subtitle' },
      {
        table: {
          widths: ['auto', '*'],
          body: sheetInfo(sheet, l).map((line) => [{ text: line.label, style: 'label' }, { text: line.value }]),
        },
        layout: 'noBorders',
      },
      { text: l.signHint, style: 'hint' },
    ],
  };
}

/** What a column takes beyond its content width: its two paddings and one rule. */
const COLUMN_EXTRA = 2 * PADDING + LINE;

/** Column widths: fixed signature boxes, the rest shared by the identity columns (email widest). */
function widths(slotCount: number, width: number): number[] {
  const columns = 5 + slotCount;
  const usable = width - columns * COLUMN_EXTRA - LINE;
  const box = Math.min(110, Math.max(82, (usable * 0.36) / slotCount));
  const rest = usable - NUMBER_COLUMN - box * slotCount;
  return [NUMBER_COLUMN, rest * 0.21, rest * 0.19, rest * 0.25, rest * 0.35, ...Array<number>(slotCount).fill(box)];
}

function slotHeaderCell(slot: SlotModel, l: DocumentLabels): TableCell {
  const h = slotHeader(slot, l);
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

function participantsTable(sheet: SigninSheet, slots: SlotModel[], width: number, l: DocumentLabels): Content {
  const header: TableCell[] = [l.number, l.lastName, l.firstName, l.organisation, l.email].map((t) => ({
    text: t,
    style: 'tableHeader',
  }));
  header.push(...slots.map((s) => slotHeaderCell(s, l)));
  const rows: TableCell[][] = sheet.participants.map((p, i) => [
    { text: String(i + 1), style: 'cell', color: '#777777', alignment: 'right' },
    { text: p.last_name, style: 'cell', bold: true },
    { text: p.first_name, style: 'cell' },
    { text: p.organisation ?? '', style: 'cell' },
    { text: breakableEmail(p.email), style: 'cell', fontSize: 7.5 },
    ...slots.map((s): TableCell => ({ text: cellMark(p, s, l), style: 'mark', margin: [0, 7, 0, 0] })),
  ]);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: widths(slots.length, width),
      heights: (row: number) => (row === 0 ? 'auto' : SIGNATURE_ROW),
      body: [header, ...rows],
    },
    layout: gridLayout,
  };
}

/** The facilitators' own signature rows, kept together on one page. */
function facilitatorsTable(sheet: SigninSheet, slots: SlotModel[], width: number, l: DocumentLabels): Content {
  if (!sheet.facilitators.length) return { text: '' };
  const w = widths(slots.length, width);
  // The name spans the five identity columns of the table above, so the boxes line up.
  const nameWidth = w.slice(0, 5).reduce((a, b) => a + b, 0) + 4 * COLUMN_EXTRA;
  const header: TableCell[] = [
    { text: l.facilitatorSignature, style: 'tableHeader' },
    ...slots.map((s) => slotHeaderCell(s, l)),
  ];
  const rows: TableCell[][] = sheet.facilitators.map((f) => [
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
    unbreakable: true,
    margin: [0, 10, 0, 0],
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [nameWidth, ...w.slice(5)],
      heights: (row: number) => (row === 0 ? 'auto' : SIGNATURE_ROW),
      body: [header, ...rows],
    },
    layout: gridLayout,
  };
}
