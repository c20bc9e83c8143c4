/** One attendance certificate (attestation de présence) as a pdfmake document definition. */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentLabels, type DocumentLabels } from '../i18n/documents';
import { plainDate, shortDate, timeRange } from './dates';
import { attendedMinutes, plannedMinutes } from './certificate';
import { a4Document, organisationHeader, RULE, thinGrid } from './pdfParts';
import { fullName, type ParticipantModel, type SessionModel } from './sessionModel';
import { sessionDates } from './signinSheet';
import { pageIdentity } from './pageIdentity';

export interface CertificateInput {
  session: SessionModel;
  participant: ParticipantModel;
  /** The day the certificate is issued (YYYY-MM-DD). */
  issued: string;
  provenance: string;
}

function attendanceWord(a: string | null, l: DocumentLabels): string {
  return a === 'present' ? l.present : a === 'absent' ? l.absent : a === 'excused' ? l.excused : l.notRecorded;
}

function details(s: SessionModel, l: DocumentLabels): TableCell[][] {
  const rows: [string, string][] = [];
  if (s.programme) rows.push([l.programme, s.programme.title]);
  rows.push([l.session, s.title]);
  rows.push([l.dates, sessionDates(s, l)]);
  if (s.place) rows.push([l.place, s.place]);
  else if (s.online?.url) rows.push([l.online, s.online.url]);
  if (s.facilitators.length) rows.push([l.facilitators, s.facilitators.map(fullName).join(', ')]);
  return rows.map(([label, value]) => [{ text: label, style: 'label' }, { text: value }]);
}

function slotsTable(s: SessionModel, p: ParticipantModel, l: DocumentLabels): Content {
  const head: TableCell[] = [l.dayColumn, l.halfDayColumn, l.hoursColumn, l.attendanceColumn].map((t) => ({
    text: t,
    style: 'tableHeader',
  }));
  const body: TableCell[][] = s.slots.map((slot) => {
    const a = p.attendance[slot.index] ?? null;
    return [
      shortDate(slot.date, l),
      slot.half === 'morning' ? l.morning : l.afternoon,
      timeRange(slot.start, slot.end, l),
      { text: attendanceWord(a, l), bold: a === 'present' },
    ];
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 'auto', 'auto', 'auto'], body: [head, ...body] },
    layout: thinGrid(),
    margin: [0, 10, 0, 8],
  };
}

export function certificatePdf(input: CertificateInput): TDocumentDefinitions {
  const { session: s, participant: p } = input;
  const cfg = s.config;
  const l = documentLabels(cfg.locale);
  const who = [p.function, p.organisation].filter(Boolean).join(', ');
  const coordinator = s.mission?.coordinator;
  const content: Content[] = [
    organisationHeader(cfg, l),
    { text: l.certificate, style: 'title', alignment: 'center', fontSize: 22, margin: [0, 40, 0, 30] },
    { text: l.certifies(cfg.organisation, cfg.registration_number), fontSize: 10.5 },
    { text: fullName(p), fontSize: 16, bold: true, alignment: 'center', margin: [0, 14, 0, 2] },
    { text: who, alignment: 'center', color: '#444444', margin: [0, 0, 0, 14] },
    { text: l.attended(fullName(p)), fontSize: 10.5, margin: [0, 0, 0, 6] },
    { table: { widths: ['auto', '*'], body: details(s, l) }, layout: 'noBorders', fontSize: 10 },
    slotsTable(s, p, l),
    {
      text: l.timeAttended(l.duration(attendedMinutes(p, s.slots)), l.duration(plannedMinutes(s.slots))),
      bold: true,
      fontSize: 10.5,
    },
    { text: l.issued(plainDate(input.issued, l)), margin: [0, 24, 0, 0] },
    {
      unbreakable: true,
      margin: [260, 16, 0, 0],
      stack: [
        { text: l.forOrganisation(cfg.organisation) },
        ...(coordinator
          ? [{ text: fullName(coordinator), bold: true, margin: [0, 2, 0, 0] as [number, number, number, number] }]
          : []),
        {
          table: { widths: ['*'], heights: [70], body: [[{ text: l.signature, style: 'small' }]] },
          layout: { hLineColor: () => RULE, vLineColor: () => RULE },
          margin: [0, 6, 0, 0],
        },
      ],
    },
  ];
  return a4Document(
    content,
    {
      orientation: 'portrait',
      provenance: input.provenance,
      identity: pageIdentity(cfg).line,
      title: `${l.certificate} — ${fullName(p)}`,
      language: cfg.locale,
    },
    l,
  );
}
