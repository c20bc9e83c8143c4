/**
 * What a change does to a record, as notes a reviewer reads ("one participant added; afternoon
 * slot moved 14:00–17:30 → 13:30–17:00"). Structured here; words are in i18n/review.ts.
 */
import type { WorkspaceConfig } from '../config';
import { quoteTotals } from '../figures/quoteTotals';
import { isObject, list, text, type Data } from '../records';
import { diffData, shortValue } from './dataDiff';
import { newParticipants, newRequests, ParticipantIndex, participantsOf } from './identity';
import type { ReadRecord } from './record';

export interface SlotNote {
  date: string;
  start: string;
  end: string;
}

export interface TotalsNote {
  total_ht: number;
  total_ttc: number;
  recurring_ht: number | null;
  period: 'week' | 'month' | null;
}

export type ChangeNote =
  | { kind: 'added'; title?: string; date?: string }
  | { kind: 'deleted'; title?: string }
  | { kind: 'unreadable'; conflict: boolean }
  | { kind: 'renamed'; from: string; to: string }
  | { kind: 'status'; before: string; after: string }
  | { kind: 'participants'; added: string[]; removed: string[]; edited: number }
  | { kind: 'attendance'; count: number }
  | { kind: 'slot-moved'; half: 'morning' | 'afternoon'; sameDay: boolean; before: SlotNote; after: SlotNote }
  | { kind: 'slot-added'; slot: SlotNote }
  | { kind: 'slot-removed'; slot: SlotNote }
  | { kind: 'people'; field: string; added: string[]; removed: string[] }
  | { kind: 'totals'; before: TotalsNote; after: TotalsNote }
  | { kind: 'lines'; added: number; removed: number; changed: number }
  | { kind: 'requests'; added: { requested: string; sessions: string[] }[] }
  | { kind: 'field'; field: string; before: string; after: string }
  | { kind: 'fields'; fields: string[] }
  | { kind: 'body' };

/** Fields a type summarises in its own words; any other field changed is named generically. */
const OWN: Record<string, readonly string[]> = {
  session: ['status', 'slots', 'participants', 'facilitators'],
  quote: ['status', 'lines', 'discount'],
  mission: ['status', 'retributions', 'facilitators'],
  client: ['contacts'],
};

export function summarize(
  base: ReadRecord | undefined,
  now: ReadRecord | undefined,
  config: WorkspaceConfig,
): ChangeNote[] {
  if (!now && !base) return [];
  if (!now) return [{ kind: 'deleted', title: titleOf(base!.data) }];
  if (!base || base.type !== now.type) return [{ kind: 'added', title: titleOf(now.data), date: firstDate(now.data) }];
  const notes: ChangeNote[] = [];
  // Fields changed that no note tells in words: named at the end.
  const others: string[] = [];
  const a = base.data;
  const b = now.data;
  if (text(a.status) !== text(b.status))
    notes.push({ kind: 'status', before: shortValue(a.status), after: shortValue(b.status) });
  if (now.type === 'session') notes.push(...participantNotes(a, b), ...slotNotes(a, b));
  if (now.type === 'quote') notes.push(...quoteNotes(a, b, config.vat_rate));
  if (now.type === 'mission') {
    const added = newRequests(a, b).map((r) => ({ requested: r.requested ?? '?', sessions: r.sessions }));
    if (added.length) notes.push({ kind: 'requests', added });
    else if (diffData(a.retributions, b.retributions).length) others.push('retributions');
  }
  for (const field of ['facilitators', 'contacts']) {
    if (!(OWN[now.type] ?? []).includes(field)) continue;
    const before = ids(a[field]);
    const after = ids(b[field]);
    const added = after.filter((x) => !before.includes(x));
    const removed = before.filter((x) => !after.includes(x));
    if (added.length || removed.length) notes.push({ kind: 'people', field, added, removed });
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if ((OWN[now.type] ?? []).includes(key) || key === 'status' || diffData(a[key], b[key]).length === 0) continue;
    const scalar = (v: unknown) => v === undefined || v === null || typeof v !== 'object';
    if (scalar(a[key]) && scalar(b[key])) notes.push({ kind: 'field', field: key, ...distinctValues(a[key], b[key]) });
    else others.push(key);
  }
  if (others.length) notes.push({ kind: 'fields', fields: others });
  if (base.body !== now.body) notes.push({ kind: 'body' });
  return notes;
}

/** Both values short, and still different: a long value keeps the part around what changed. */
function distinctValues(a: unknown, b: unknown): { before: string; after: string } {
  const before = shortValue(a);
  const after = shortValue(b);
  if (before !== after || typeof a !== 'string' || typeof b !== 'string') return { before, after };
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  // Some context before the change, from a word's start.
  const from = common > 20 ? a.lastIndexOf(' ', common - 20) + 1 : 0;
  const part = (s: string) => shortValue(`${from > 0 ? '…' : ''}${s.slice(from)}`);
  return { before: part(a), after: part(b) };
}

function titleOf(d: Data): string | undefined {
  return (
    text(d.title) ??
    text(d.name) ??
    text(d.number) ??
    ([text(d.first_name), text(d.last_name)].filter(Boolean).join(' ') || undefined)
  );
}

function firstDate(d: Data): string | undefined {
  return slots(d)
    .map((s) => s.date)
    .sort()[0];
}

function ids(v: unknown): string[] {
  return list(v).filter((x): x is string => typeof x === 'string');
}

function nameOf(p: Data): string {
  return [text(p.first_name), text(p.last_name)].filter(Boolean).join(' ') || text(p.email) || '?';
}

function participantNotes(a: Data, b: Data): ChangeNote[] {
  const added = newParticipants(a, b).map((x) => nameOf(x.participant));
  const removed = newParticipants(b, a).map((x) => nameOf(x.participant));
  let edited = 0;
  let attendance = 0;
  const before = new ParticipantIndex(participantsOf(a));
  for (const p of participantsOf(b)) {
    const old = before.find(p);
    if (!old) continue;
    const changes = diffData(old, p);
    if (changes.some((c) => c.path[0] === 'attendance')) attendance++;
    if (changes.some((c) => c.path[0] !== 'attendance')) edited++;
  }
  const notes: ChangeNote[] = [];
  if (added.length || removed.length || edited) notes.push({ kind: 'participants', added, removed, edited });
  if (attendance) notes.push({ kind: 'attendance', count: attendance });
  return notes;
}

function slots(d: Data): SlotNote[] {
  return list(d.slots).flatMap((s) =>
    isObject(s) ? [{ date: String(s.date ?? ''), start: String(s.start ?? ''), end: String(s.end ?? '') }] : [],
  );
}

function slotNotes(a: Data, b: Data): ChangeNote[] {
  const before = slots(a);
  const after = slots(b);
  const same = (x: SlotNote, y: SlotNote) => x.date === y.date && x.start === y.start && x.end === y.end;
  const gone = before.filter((x) => !after.some((y) => same(x, y)));
  const fresh = after.filter((y) => !before.some((x) => same(x, y)));
  const oneDay = new Set([...before, ...after].map((s) => s.date)).size === 1;
  const notes: ChangeNote[] = [];
  fresh.forEach((y, i) => {
    const x = gone[i];
    if (!x) notes.push({ kind: 'slot-added', slot: y });
    else
      notes.push({
        kind: 'slot-moved',
        half: x.start < '13:00' ? 'morning' : 'afternoon',
        sameDay: oneDay,
        before: x,
        after: y,
      });
  });
  for (const x of gone.slice(fresh.length)) notes.push({ kind: 'slot-removed', slot: x });
  return notes;
}

function totalsNote(d: Data, vatRate: number): TotalsNote {
  const t = quoteTotals(d, vatRate);
  return {
    total_ht: t.total_ht,
    total_ttc: t.total_ttc,
    recurring_ht: t.recurring?.total_ht ?? null,
    period: t.recurring?.period ?? null,
  };
}

function quoteNotes(a: Data, b: Data, vatRate: number): ChangeNote[] {
  const notes: ChangeNote[] = [];
  const la = list(a.lines);
  const lb = list(b.lines);
  let changed = 0;
  for (let i = 0; i < Math.min(la.length, lb.length); i++) if (diffData(la[i], lb[i]).length) changed++;
  const added = Math.max(0, lb.length - la.length);
  const removed = Math.max(0, la.length - lb.length);
  if (added || removed || changed) notes.push({ kind: 'lines', added, removed, changed });
  const before = totalsNote(a, vatRate);
  const after = totalsNote(b, vatRate);
  if (JSON.stringify(before) !== JSON.stringify(after)) notes.push({ kind: 'totals', before, after });
  return notes;
}
