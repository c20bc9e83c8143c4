/** Dates, times and durations written the way a reader of the workspace's language expects. */
import type { DocumentLabels } from '../i18n/documents';

function parts(day: string): { y: number; m: number; d: number; weekday: number } {
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7);
  const d = +day.slice(8, 10);
  return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** "jeudi 12 mars 2026" / "Thursday 12 March 2026". */
export function longDate(day: string, l: DocumentLabels): string {
  const p = parts(day);
  return `${l.weekdays[p.weekday]} ${l.dayOfMonth(p.d)} ${l.months[p.m - 1]} ${p.y}`;
}

/** "jeu. 12 mars 2026", "jeu. 1er oct. 2026" / "Thu 12 Mar 2026": table headers. */
export function shortDate(day: string, l: DocumentLabels): string {
  const p = parts(day);
  return `${l.weekdaysShort[p.weekday]} ${l.dayOfMonth(p.d)} ${l.monthsShort[p.m - 1]} ${p.y}`;
}

/** "12 mars 2026" without the weekday: when a document was made. */
export function plainDate(day: string, l: DocumentLabels): string {
  const p = parts(day);
  return `${l.dayOfMonth(p.d)} ${l.months[p.m - 1]} ${p.y}`;
}

/** "9 h 30" / "9:30" from "09:30". */
export function clock(time: string, l: DocumentLabels): string {
  return l.time(+time.slice(0, 2), +time.slice(3, 5));
}

/** "9 h 30 – 12 h 30". */
export function timeRange(start: string | undefined, end: string | undefined, l: DocumentLabels): string {
  if (!start) return '';
  return end ? `${clock(start, l)}${l.timeRange}${clock(end, l)}` : clock(start, l);
}

/** "a", "a et b", "a, b et c". */
export function joinList(items: readonly string[], l: DocumentLabels): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${l.and}${items[items.length - 1]}`;
}

/** Minutes between two "HH:MM" times (0 when either is missing or the end is not after the start). */
export function minutesBetween(start: string | undefined, end: string | undefined): number {
  if (!start || !end) return 0;
  const toMin = (t: string) => +t.slice(0, 2) * 60 + +t.slice(3, 5);
  return Math.max(0, toMin(end) - toMin(start));
}
