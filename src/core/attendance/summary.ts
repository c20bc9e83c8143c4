/** The import's result as lines a person reads (the CLI prints them, the extension shows them). */
import type { Locale } from '../i18n/messages';
import { attendanceWords } from '../i18n/attendance';
import { documentLabels } from '../i18n/documents';
import { shortDate, timeRange } from '../documents/dates';
import type { AttendancePlan, PlanSlot, Presence } from './attendancePlan';
import { dayAndTime } from './reportTimes';

/** "12/03 09:30–12:30"-like label of a slot, as documents write it. */
export function slotLabel(s: Pick<PlanSlot, 'date' | 'start' | 'end'>, locale: Locale): string {
  const l = documentLabels(locale);
  return `${shortDate(s.date, l)} ${timeRange(s.start, s.end, l)}`.trim();
}

export function presenceWord(p: Presence, locale: Locale): string {
  const l = documentLabels(locale);
  return p === 'present' ? l.present : p === 'absent' ? l.absent : p === 'excused' ? l.excused : l.notRecorded;
}

/** A wall-clock time as documents write it ("9 h 02", "9:02 AM"), the day too when it differs from `day`. */
export function clockOf(minutes: number, locale: Locale, day?: string): string {
  const t = dayAndTime(minutes);
  const l = documentLabels(locale);
  const time = l.time(+t.time.slice(0, 2), +t.time.slice(3, 5));
  return t.day === day ? time : `${shortDate(t.day, l)} ${time}`;
}

export function planSummary(plan: AttendancePlan, locale: Locale): string[] {
  const w = attendanceWords(locale);
  const lines: string[] = [w.threshold(plan.threshold)];
  const byIndex = new Map(plan.slots.map((s) => [s.index, s]));
  for (const s of plan.slots) if (!s.sources.length) lines.push(w.notCovered(slotLabel(s, locale)));
  for (const p of plan.participants) {
    const slots = p.slots.map((a) => {
      const s = byIndex.get(a.slot) as PlanSlot;
      return s.sources.length
        ? w.slotResult(slotLabel(s, locale), a.connected, presenceWord(a.after, locale))
        : `${slotLabel(s, locale)}${w.notCoveredShort}`;
    });
    lines.push(w.participantLine(`${p.person.first_name} ${p.person.last_name}`.trim(), slots.join(' · ')));
  }
  for (const f of plan.facilitators)
    if (f.connections) lines.push(w.facilitatorLine(`${f.person.first_name} ${f.person.last_name}`, f.connections));
  if (plan.unmatched.length) {
    lines.push(w.unmatchedTitle(plan.unmatched.length));
    for (const c of plan.unmatched) {
      const day = dayAndTime(c.start).day;
      lines.push(
        w.unmatchedLine(
          c.name,
          c.email ?? '',
          `${clockOf(c.start, locale)} – ${clockOf(c.end, locale, day)}`,
          c.file,
          c.line,
        ),
      );
    }
  }
  return lines;
}
