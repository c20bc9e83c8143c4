/** A session holds no more participants than its programme accepts. */
import { num, text } from '../../records';
import type { CrossRule } from './types';

export const programmeCapacity: CrossRule = {
  check(record, index) {
    if (record.type !== 'session' || record.participantCount === undefined) return [];
    const id = text(record.facts?.programme);
    const programme = id ? index.recordsWithId(id).find((r) => r.type === 'programme') : undefined;
    const max = num(programme?.facts?.max_participants);
    if (max === undefined || record.participantCount <= max) return [];
    return [
      {
        code: 'rule.programme-max',
        severity: 'warning',
        path: ['participants'],
        target: 'key',
        args: { count: record.participantCount, max, programme: id ?? '' },
      },
    ];
  },
};
