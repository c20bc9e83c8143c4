/** Loose, defensive readers of record data: rules run even on data the schema rejected. */
import type { DataPath } from './diagnostics';
import type { RecordType } from './schema/schemas';

export type Data = Record<string, unknown>;

export function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date YYYY-MM-DD (2026-02-30 is not one). Called per participant: kept cheap. */
export function date(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length !== 10 || !DATE.test(value)) return undefined;
  const y = +value.slice(0, 4);
  const m = +value.slice(5, 7);
  const d = +value.slice(8, 10);
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]) return undefined;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && d === 29 && !leap ? undefined : value;
}

export function time(value: unknown): string | undefined {
  return typeof value === 'string' && TIME.test(value) ? value : undefined;
}

/** Adds days to a YYYY-MM-DD date (UTC arithmetic: dates have no time zone). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day some months later, clamped to the month's end (31 August + 6 months = 28 or 29 February). */
export function addMonths(day: string, months: number): string {
  const index = Number(day.slice(5, 7)) - 1 + months;
  const y = Number(day.slice(0, 4)) + Math.floor(index / 12);
  const m = ((index % 12) + 12) % 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(Number(day.slice(8, 10)), last);
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A short human label for a record: its title, name or number, else a person's first and last name. */
export function labelOf(data: Data | undefined): string | undefined {
  const name = [text(data?.first_name), text(data?.last_name)].filter((x) => x !== undefined).join(' ');
  return text(data?.title) ?? text(data?.name) ?? text(data?.number) ?? (name || undefined);
}

export interface Slot {
  index: number;
  date: string;
  start?: string;
  end?: string;
}

/** The well-formed slots of a session, with their index in `slots`. */
export function slotsOf(data: Data): Slot[] {
  return list(data.slots).flatMap((s, index) => {
    if (!isObject(s)) return [];
    const d = date(s.date);
    return d ? [{ index, date: d, start: time(s.start), end: time(s.end) }] : [];
  });
}

/** First and last day of a session, when it has dated slots. */
export function sessionSpan(data: Data): { first: string; last: string } | undefined {
  const days = slotsOf(data)
    .map((s) => s.date)
    .sort();
  return days.length ? { first: days[0], last: days[days.length - 1] } : undefined;
}

/** A reference from one record to another, with where it is written. */
export interface Reference {
  path: DataPath;
  id: string;
  expected: RecordType;
}

const REFERENCE_FIELDS: Partial<Record<RecordType, [string, RecordType][]>> = {
  session: [
    ['programme', 'programme'],
    ['mission', 'mission'],
    ['facilitators', 'person'],
  ],
  mission: [
    ['client', 'client'],
    ['quote', 'quote'],
    ['coordinator', 'person'],
    ['facilitators', 'person'],
  ],
  quote: [
    ['client', 'client'],
    ['programme', 'programme'],
  ],
  client: [
    ['contacts', 'person'],
    ['signatory', 'person'],
  ],
};

/** Which record a field refers to (and the role a person needs), for completion and hover. */
export function referenceField(
  type: RecordType,
  path: readonly (string | number)[],
): { expected: RecordType; role?: string } | undefined {
  const keys = path.filter((p): p is string => typeof p === 'string');
  if (type === 'mission' && keys.join('.') === 'retributions.sessions') return { expected: 'session' };
  if (keys.length !== 1) return undefined;
  const hit = REFERENCE_FIELDS[type]?.find(([field]) => field === keys[0]);
  if (!hit) return undefined;
  const role = keys[0] === 'facilitators' ? 'facilitator' : keys[0] === 'coordinator' ? 'coordinator' : undefined;
  return { expected: hit[1], role };
}

/** Every reference a record makes (rule 11). */
export function referencesOf(type: RecordType, data: Data): Reference[] {
  const refs: Reference[] = [];
  for (const [field, expected] of REFERENCE_FIELDS[type] ?? []) {
    const v = data[field];
    if (typeof v === 'string' && v) refs.push({ path: [field], id: v, expected });
    else
      list(v).forEach(
        (item, i) => typeof item === 'string' && item && refs.push({ path: [field, i], id: item, expected }),
      );
  }
  if (type === 'mission') {
    list(data.retributions).forEach((r, i) => {
      if (isObject(r))
        list(r.sessions).forEach(
          (s, j) =>
            typeof s === 'string' &&
            s &&
            refs.push({ path: ['retributions', i, 'sessions', j], id: s, expected: 'session' }),
        );
    });
  }
  return refs;
}
