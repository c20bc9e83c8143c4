/**
 * The times written in video-call reports, as minutes on the workspace's wall clock. Reports write
 * local times without a zone (Zoom, Teams and BigBlueButton print them in the organiser's or the
 * browser's zone, which for a cooperative is the workspace's) or, now and then, an ISO time with an
 * offset, turned into the workspace zone with Intl. Slots are wall-clock times too, so both are
 * compared as "minutes since 1970-01-01 00:00 on the local clock" (no zone arithmetic to get wrong).
 */

/** Minutes since 1970-01-01 00:00 of a wall-clock date and time. */
export function wallMinutes(y: number, mo: number, d: number, h: number, mi: number, s = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi, s) / 60000;
}

/** A slot's start or end (`YYYY-MM-DD`, `HH:MM`) as wall-clock minutes. */
export function slotMinutes(day: string, time: string): number {
  return wallMinutes(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8, 10), +time.slice(0, 2), +time.slice(3, 5));
}

/** `YYYY-MM-DD` and `HH:MM` of wall-clock minutes. */
export function dayAndTime(minutes: number): { day: string; time: string } {
  const iso = new Date(Math.round(minutes * 60) * 1000).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant (ms since epoch) on the wall clock of `zone`. */
function inZone(ms: number, zone: string): number {
  let f = zoneFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return wallMinutes(+p.year, +p.month, +p.day, +p.hour % 24, +p.minute, +p.second);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** 1/15/2026 9:02:13 AM, 15/01/2026 09:02:13, 15.01.2026 09:02, 1/15/26, 9:02 PM. */
const NUMERIC =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?\s?[Mm]\.?)?$/;

export interface TimeContext {
  /** IANA zone of the workspace: where times with an offset are brought to. */
  zone: string;
  /** The session's days (`YYYY-MM-DD`): which of day/month or month/day a date like 03/04/2026 is. */
  days: ReadonlySet<string>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A report's date and time as wall-clock minutes in the workspace zone; undefined when it is not one. */
export function parseReportTime(value: string, ctx: TimeContext): number | undefined {
  const v = value.trim().replace(/\u202f|\u00a0/g, ' ');
  const iso = ISO.exec(v);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    const wall = wallMinutes(+y, +mo, +d, +h, +mi, +(s ?? 0));
    if (!zone) return wall;
    const offset = zone.toUpperCase() === 'Z' ? 0 : Number(zone[0] + '1') * (+zone.slice(1, 3) * 60 + +zone.slice(-2));
    return inZone((wall - offset) * 60000, ctx.zone);
  }
  const m = NUMERIC.exec(v);
  if (!m) return undefined;
  const [, a, b, yy, hh, mi, s, ampm] = m;
  const year = yy.length === 2 ? 2000 + +yy : +yy;
  let hour = +hh;
  if (ampm) {
    if (hour > 12) return undefined;
    hour = (hour % 12) + (ampm.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || +mi > 59) return undefined;
  const valid = (mo: number, d: number) => mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  const dayFirst = valid(+b, +a) ? `${year}-${pad(+b)}-${pad(+a)}` : undefined;
  const monthFirst = valid(+a, +b) ? `${year}-${pad(+a)}-${pad(+b)}` : undefined;
  // Ambiguous (03/04): the reading that falls on a day of the session; else AM/PM means the US order.
  const day =
    (dayFirst && ctx.days.has(dayFirst) && dayFirst) ||
    (monthFirst && ctx.days.has(monthFirst) && monthFirst) ||
    (ampm ? (monthFirst ?? dayFirst) : (dayFirst ?? monthFirst));
  if (!day) return undefined;
  return wallMinutes(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8, 10), hour, +mi, +(s ?? 0));
}

/** A duration as minutes: `95` (Zoom, minutes), `1h 2m 3s` (Teams), `01:28:03` (BigBlueButton). */
export function parseDuration(value: string, unitMinutes: boolean): number | undefined {
  const v = value.trim();
  if (!v || v === '-') return undefined;
  if (unitMinutes && /^\d+([.,]\d+)?$/.test(v)) return Number(v.replace(',', '.'));
  const clock = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(v);
  if (clock) return clock[3] === undefined ? +clock[1] + +clock[2] / 60 : +clock[1] * 60 + +clock[2] + +clock[3] / 60;
  const parts = [...v.matchAll(/(\d+(?:[.,]\d+)?)\s*(h|hr|hrs|hours?|m|min|mins|minutes?|s|sec|secs|seconds?)\b/gi)];
  if (!parts.length) return undefined;
  return parts.reduce((sum, [, n, unit]) => {
    const x = Number(n.replace(',', '.'));
    const u = unit[0].toLowerCase();
    return sum + (u === 'h' ? x * 60 : u === 'm' ? x : x / 60);
  }, 0);
}
