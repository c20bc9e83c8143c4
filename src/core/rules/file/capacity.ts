/** Rule 1: a session holds at most its capacity, and at most 60 in the public inter offer. */
import type { Finding } from '../../diagnostics';
import { list, num } from '../../records';
import type { FileRule } from '../types';

export const INTER_MAX = 60;

export const capacity: FileRule = {
  types: ['session'],
  check({ data }) {
    const count = list(data.participants).length;
    const cap = num(data.capacity);
    const out: Finding[] = [];
    if (cap !== undefined && count > cap) {
      out.push({
        code: 'rule.capacity',
        severity: 'error',
        // On the capacity, where the quick fix raises it (the participants list is one quick fix away).
        path: ['capacity'],
        target: 'value',
        args: { count, capacity: cap },
      });
    }
    if (data.offer === 'inter' && count > INTER_MAX) {
      out.push({ code: 'rule.inter-max', severity: 'error', path: ['participants'], target: 'key', args: { count } });
    }
    return out;
  },
};
