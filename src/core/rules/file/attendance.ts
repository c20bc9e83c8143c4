/** Attendance: one entry per slot, and only for slots that have happened. */
import type { Finding } from '../../diagnostics';
import { isObject, list, slotsOf } from '../../records';
import type { FileRule } from '../types';

export const attendance: FileRule = {
  types: ['session'],
  check({ data, today }) {
    const slots = list(data.slots);
    const dated = new Map(slotsOf(data).map((s) => [s.index, s.date]));
    const out: Finding[] = [];
    list(data.participants).forEach((p, i) => {
      if (!isObject(p) || !Array.isArray(p.attendance)) return;
      const entries = p.attendance;
      if (entries.length !== slots.length) {
        out.push({
          code: 'rule.attendance-count',
          severity: 'error',
          path: ['participants', i, 'attendance'],
          target: 'value',
          args: { count: entries.length, slots: slots.length },
        });
      }
      entries.forEach((entry, j) => {
        const day = dated.get(j);
        if (entry !== null && day && day > today) {
          out.push({
            code: 'rule.attendance-future',
            severity: 'error',
            path: ['participants', i, 'attendance', j],
            target: 'value',
            args: { date: day },
          });
        }
      });
    });
    return out;
  },
};
