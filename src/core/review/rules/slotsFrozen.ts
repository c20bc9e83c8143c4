/** Rule 3: once a session has started, its slots keep their dates and times. */
import type { Finding } from '../../diagnostics';
import { isObject, list, sessionSpan, text, type Data } from '../../records';
import type { ReviewRule } from '../types';

interface SlotText {
  index: number;
  date: string;
  start: string;
  end: string;
}

function slots(data: Data): SlotText[] {
  return list(data.slots).flatMap((s, index) =>
    isObject(s) ? [{ index, date: String(s.date ?? ''), start: String(s.start ?? ''), end: String(s.end ?? '') }] : [],
  );
}

export const slotLabel = (s: SlotText): string => `${s.date} ${s.start}–${s.end}`;

const same = (a: SlotText, b: SlotText) => a.date === b.date && a.start === b.start && a.end === b.end;

/** Started at the base: launched or done, or its first slot already in the past. */
export function startedAtBase(base: Data, today: string): string | undefined {
  const first = sessionSpan(base)?.first;
  const status = text(base.status);
  if (status === 'launched' || status === 'done' || (first !== undefined && first < today)) return first ?? '?';
  return undefined;
}

export const slotsFrozen: ReviewRule = {
  types: ['session'],
  check({ record, base, world }) {
    if (!base) return [];
    const start = startedAtBase(base.data, world.today);
    if (!start) return [];
    // Started by its status only (launched ahead of its first slot): say so, not "started on" a future day.
    const status = start === '?' || start >= world.today ? (text(base.data.status) ?? '') : '';
    // Slots that are still there, even reordered, are unchanged; the others are paired in order.
    const before = slots(base.data);
    const after = slots(record.data);
    const unmatchedAfter = after.filter((s) => {
      const i = before.findIndex((b) => same(b, s));
      if (i < 0) return true;
      before.splice(i, 1);
      return false;
    });
    const out: Finding[] = [];
    const finding = (path: (string | number)[], target: 'key' | 'value', was: string, now: string): Finding => ({
      code: 'review.slots-frozen',
      severity: 'error',
      path,
      target,
      args: { start, status, before: was, after: now },
    });
    unmatchedAfter.forEach((s, k) => {
      const old = before[k];
      if (!old) {
        out.push(finding(['slots', s.index], 'key', '—', slotLabel(s)));
        return;
      }
      const field = old.date !== s.date ? 'date' : old.start !== s.start ? 'start' : 'end';
      out.push(finding(['slots', s.index, field], 'value', slotLabel(old), slotLabel(s)));
    });
    for (const old of before.slice(unmatchedAfter.length)) out.push(finding(['slots'], 'key', slotLabel(old), '—'));
    return out;
  },
};
