/**
 * The relevé de connexions as a pdfmake document: per participant and slot, first connection, last
 * disconnection, minutes connected within the slot and the resulting presence; then each source
 * report with its SHA-256 checksum, the facilitators' connections and those that match nobody.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AttendancePlan, PlanSlot, ReportSource } from '../attendance/attendancePlan';
import { clockOf, presenceWord, slotLabel } from '../attendance/summary';
import { dayAndTime } from '../attendance/reportTimes';
import { attendanceWords } from '../i18n/attendance';
import { documentLabels } from '../i18n/documents';
import { sessionDates } from './signinSheet';
import { pageIdentity } from './pageIdentity';
import { a4Document, organisationHeader, thinGrid } from './pdfParts';
import type { SessionModel } from './sessionModel';

export interface ConnectionLogInput {
  session: SessionModel;
  plan: AttendancePlan;
  sources: readonly ReportSource[];
  provenance: string;
}

const grid = thinGrid(2);

export function connectionLogPdf(input: ConnectionLogInput): TDocumentDefinitions {
  const { session: s, plan } = input;
  const cfg = s.config;
  const locale = cfg.locale;
  const l = documentLabels(locale);
  const w = attendanceWords(locale);
  const slotOf = new Map(plan.slots.map((x) => [x.index, x]));
  const head: TableCell[] = [
    w.participant,
    w.slot,
    w.firstConnection,
    w.lastDisconnection,
    w.minutesConnected,
    w.presence,
    w.sources,
  ].map((t) => ({ text: t, style: 'tableHeader' }));
  const body: TableCell[][] = [];
  for (const p of plan.participants) {
    const name = `${p.person.last_name.toUpperCase()} ${p.person.first_name}`.trim();
    p.slots.forEach((a, i) => {
      const slot = slotOf.get(a.slot) as PlanSlot;
      const covered = slot.sources.length > 0;
      body.push([
        i === 0 ? { text: name, bold: true, rowSpan: p.slots.length } : '',
        slotLabel(slot, locale),
        a.first !== undefined ? clockOf(a.first, locale, slot.date) : w.none,
        a.last !== undefined ? clockOf(a.last, locale, slot.date) : w.none,
        { text: covered ? String(Math.round(a.connected)) : w.none, alignment: 'right' },
        { text: covered ? presenceWord(a.after, locale) : w.none, bold: a.after === 'present' && covered },
        { text: slot.sources.join(', ') || w.none, style: 'small' },
      ]);
    });
  }
  const content: Content[] = [
    organisationHeader(cfg, l),
    { text: w.title, style: 'title' },
    { text: w.subtitle(s.title), style: 'subtitle' },
    { text: [{ text: `${l.dates}  `, style: 'label' }, sessionDates(s, l)] },
    { text: w.intro(plan.threshold), style: 'hint' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto'],
        body: [head, ...body],
      },
      layout: grid,
      fontSize: 8.5,
    },
    { text: w.sources, style: 'subtitle', margin: [0, 12, 0, 4] },
    ...input.sources.map((src) => ({
      stack: [
        { text: w.sourceLine(src.file, w.layout[src.report.layout]), bold: true },
        { text: w.checksum(src.sha256), style: 'small' },
      ],
      margin: [0, 0, 0, 4] as [number, number, number, number],
    })),
  ];
  const facilitators = plan.facilitators.filter((f) => f.connections);
  if (facilitators.length)
    content.push(
      { text: w.facilitatorsHeading, style: 'subtitle', margin: [0, 10, 0, 4] },
      { ul: facilitators.map((f) => `${f.person.first_name} ${f.person.last_name}`) },
    );
  if (plan.unmatched.length)
    content.push(
      { text: w.unmatchedHeading, style: 'subtitle', margin: [0, 10, 0, 4] },
      {
        ul: plan.unmatched.map((c) => {
          const day = dayAndTime(c.start).day;
          return `${c.name}${c.email ? ` <${c.email}>` : ''} — ${clockOf(c.start, locale)} – ${clockOf(c.end, locale, day)} (${c.file})`;
        }),
      },
    );
  return a4Document(
    content,
    {
      orientation: 'landscape',
      runningHeader: `${cfg.organisation} — ${w.title} — ${s.title}`,
      provenance: input.provenance,
      identity: pageIdentity(cfg).line,
      title: `${w.title} — ${s.title}`,
      language: locale,
    },
    l,
  );
}
