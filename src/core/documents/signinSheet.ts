/**
 * The sign-in sheet's content, whatever it is printed to (PDF or HTML): who signs, for which
 * half-days, and the header lines. One sheet per session, or per facilitator's group. A sheet
 * must not invite late signatures: none for a cancelled session, none for a past one but a
 * duplicate marked as such, which shows no recorded attendance.
 */
import type { DocumentLabels } from '../i18n/documents';
import type { Locale } from '../i18n/messages';
import { sheetWords } from '../i18n/signinSheet';
import { joinList, longDate, plainDate, shortDate, timeRange } from './dates';
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
  /** Set on a duplicate issued after the session: the day it is issued (YYYY-MM-DD). */
  duplicateOn?: string;
  /** `signin_sheet.show_email` of atelier.yaml: false leaves the e-mail column off. */
  showEmail: boolean;
}

/** Why a session gets no sheet: it is cancelled, or its first slot is before today (then only a duplicate). */
export type SheetRefusal = { kind: 'cancelled' } | { kind: 'past'; firstDay: string };

export function sheetRefusal(session: SessionModel, today: string): SheetRefusal | undefined {
  if (session.status === 'cancelled') return { kind: 'cancelled' };
  const first = session.slots[0]?.date;
  return first !== undefined && first < today ? { kind: 'past', firstDay: first } : undefined;
}

/** The sentence that says why, in the workspace's language. */
export function sheetRefusalText(session: SessionModel, refusal: SheetRefusal, l: DocumentLabels): string {
  const w = sheetWords(session.config.locale);
  return refusal.kind === 'cancelled' ? w.cancelled(session.id) : w.past(session.id, longDate(refusal.firstDay, l));
}

/**
 * The sheet of a session, or of one facilitator's group (participants whose `group` is that
 * facilitator); `duplicateOn` makes it a duplicate issued that day.
 */
export function signinSheet(session: SessionModel, facilitatorId?: string, duplicateOn?: string): SigninSheet {
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
    duplicateOn,
    showEmail: session.config.signin_sheet?.show_email !== false,
  };
}

export interface InfoLine {
  label: string;
  value: string;
}

/**
 * The header lines under the title: programme, modules, dates, place or remote mode, facilitators,
 * group. A sheet circulates on paper: it never prints the meeting link, dial-in number or access code.
 */
export function sheetInfo(sheet: SigninSheet, l: DocumentLabels): InfoLine[] {
  const s = sheet.session;
  const w = sheetWords(s.config.locale);
  const lines: InfoLine[] = [];
  if (s.programme) lines.push({ label: l.programme, value: s.programme.title });
  if (s.programme?.modules.length) lines.push({ label: l.modules, value: s.programme.modules.join(' · ') });
  lines.push({ label: l.dates, value: sessionDates(s, l) });
  if (s.place) lines.push({ label: l.place, value: s.place });
  if (isRemote(s)) lines.push({ label: w.mode, value: s.place ? w.hybrid : w.remote });
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

/** A session held (also) in a video call: it has an `online:` access. */
function isRemote(s: SessionModel): boolean {
  return Boolean(s.online?.url || s.online?.phone || s.online?.access_code);
}

export interface SlotHeader {
  date: string;
  half: string;
  hours: string;
}

/** A slot's column head; its half-day comes from its start time (from 18:00, an evening). */
export function slotHeader(slot: SlotModel, l: DocumentLabels, locale: Locale): SlotHeader {
  return {
    date: shortDate(slot.date, l),
    half: slot.half === 'morning' ? l.morning : slot.half === 'evening' ? sheetWords(locale).evening : l.afternoon,
    hours: timeRange(slot.start, slot.end, l),
  };
}

/**
 * What is printed in a participant's signature cell: nothing to sign over, or an absence known
 * before the session. A duplicate shows no recorded attendance at all: blank boxes beside marks
 * would read as if everyone else had signed.
 */
export function cellMark(sheet: SigninSheet, p: ParticipantModel, slot: SlotModel, l: DocumentLabels): string {
  if (sheet.duplicateOn !== undefined) return '';
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

/** The mark a duplicate carries on every page: « Duplicata édité le 3 décembre 2026 après la session ». */
export function duplicateMark(sheet: SigninSheet, l: DocumentLabels): string | undefined {
  return sheet.duplicateOn === undefined
    ? undefined
    : sheetWords(sheet.session.config.locale).duplicate(plainDate(sheet.duplicateOn, l));
}

/** The line repeated at the top of every page after the first. */
export function runningHeader(sheet: SigninSheet, l: DocumentLabels): string {
  const group = sheet.group ? ` — ${l.groupOf(fullName(sheet.group))}` : '';
  return `${l.signinSheet} — ${sheet.session.title} — ${sessionDates(sheet.session, l)}${group}`;
}
