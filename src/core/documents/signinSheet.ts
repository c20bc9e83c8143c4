/**
 * The sign-in sheet's content, whatever it is printed to (PDF or HTML): who signs, for which
 * half-days, and the header lines. One sheet per session, or per facilitator's group.
 */
import type { DocumentLabels } from '../i18n/documents';
import { joinList, longDate, shortDate, timeRange } from './dates';
import { fullName, type ParticipantModel, type PersonModel, type SessionModel, type SlotModel } from './sessionModel';

export interface SigninSheet {
  session: SessionModel;
  /** Sorted by last name, then first name. */
  participants: ParticipantModel[];
  /** Who signs as facilitator: all of the session's, or the group's own. */
  facilitators: PersonModel[];
  /** Set when the sheet is one facilitator's group. */
  group?: PersonModel;
  /** Participants with no group, left off a group's sheet. */
  ungrouped: number;
}

/** The sheet of a session, or of one facilitator's group (participants whose `group` is that facilitator). */
export function signinSheet(session: SessionModel, facilitatorId?: string): SigninSheet {
  const locale = session.config.locale;
  const byName = (a: ParticipantModel, b: ParticipantModel) =>
    a.last_name.localeCompare(b.last_name, locale, { sensitivity: 'base' }) ||
    a.first_name.localeCompare(b.first_name, locale, { sensitivity: 'base' });
  const group = facilitatorId === undefined ? undefined : session.facilitators.find((f) => f.id === facilitatorId);
  const participants = group ? session.participants.filter((p) => p.group === group.id) : session.participants;
  return {
    session,
    participants: [...participants].sort(byName),
    facilitators: group ? [group] : session.facilitators,
    group,
    ungrouped: group ? session.participants.filter((p) => !p.group).length : 0,
  };
}

export interface InfoLine {
  label: string;
  value: string;
}

/** The header lines under the title: programme, modules, dates, place, online access, facilitators, group. */
export function sheetInfo(sheet: SigninSheet, l: DocumentLabels): InfoLine[] {
  const s = sheet.session;
  const lines: InfoLine[] = [];
  if (s.programme) lines.push({ label: l.programme, value: s.programme.title });
  if (s.programme?.modules.length) lines.push({ label: l.modules, value: s.programme.modules.join(' · ') });
  lines.push({ label: l.dates, value: sessionDates(s, l) });
  if (s.place) lines.push({ label: l.place, value: s.place });
  if (s.online?.url || s.online?.phone) lines.push({ label: l.online, value: onlineText(s, l) });
  if (sheet.facilitators.length)
    lines.push({ label: l.facilitators, value: sheet.facilitators.map(fullName).join(', ') });
  if (sheet.group)
    lines.push({
      label: l.group,
      value: `${l.groupOf(fullName(sheet.group))} — ${l.participantsCount(sheet.participants.length)}`,
    });
  return lines;
}

/** The distinct days of a session, written out: "jeudi 12 mars 2026 et vendredi 13 mars 2026". */
export function sessionDates(s: SessionModel, l: DocumentLabels): string {
  return joinList(
    [...new Set(s.slots.map((x) => x.date))].map((d) => longDate(d, l)),
    l,
  );
}

function onlineText(s: SessionModel, l: DocumentLabels): string {
  const o = s.online ?? {};
  const phone = o.phone ? `${l.phone} ${o.phone}${o.access_code ? `, ${l.accessCode} ${o.access_code}` : ''}` : '';
  return [o.url, phone].filter(Boolean).join(' — ');
}

export interface SlotHeader {
  date: string;
  half: string;
  hours: string;
}

export function slotHeader(slot: SlotModel, l: DocumentLabels): SlotHeader {
  return {
    date: shortDate(slot.date, l),
    half: slot.half === 'morning' ? l.morning : l.afternoon,
    hours: timeRange(slot.start, slot.end, l),
  };
}

/** What is printed in a participant's signature cell: nothing to sign over, or the recorded absence. */
export function cellMark(p: ParticipantModel, slot: SlotModel, l: DocumentLabels): string {
  const a = p.attendance[slot.index];
  return a === 'excused' ? l.excused : a === 'absent' ? l.absent : '';
}

/** Slots per table: two fit a portrait page; more go landscape, four per table. */
export function slotChunks(slots: readonly SlotModel[]): {
  orientation: 'portrait' | 'landscape';
  chunks: SlotModel[][];
} {
  if (slots.length <= 2) return { orientation: 'portrait', chunks: [slots.slice()] };
  const chunks: SlotModel[][] = [];
  for (let i = 0; i < slots.length; i += 4) chunks.push(slots.slice(i, i + 4));
  return { orientation: 'landscape', chunks };
}

/** The line repeated at the top of every page after the first. */
export function runningHeader(sheet: SigninSheet, l: DocumentLabels): string {
  const group = sheet.group ? ` — ${l.groupOf(fullName(sheet.group))}` : '';
  return `${l.signinSheet} — ${sheet.session.title} — ${sessionDates(sheet.session, l)}${group}`;
}
