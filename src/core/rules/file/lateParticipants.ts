/** Rule 2: participants may join a running session only up to 14 days after its start. */
import { addDays, date, isObject, list, sessionSpan } from '../../records';
import type { FileRule } from '../types';

export const LATE_JOIN_DAYS = 14;

export const lateParticipants: FileRule = {
  types: ['session'],
  check({ data }) {
    const span = sessionSpan(data);
    if (!span) return [];
    const limit = addDays(span.first, LATE_JOIN_DAYS);
    return list(data.participants).flatMap((p, i) => {
      const added = isObject(p) ? date(p.added_on) : undefined;
      if (!added || added <= limit) return [];
      return [
        {
          code: 'rule.late-participant',
          severity: 'error' as const,
          path: ['participants', i, 'added_on'],
          target: 'value' as const,
          args: { added, start: span.first, limit },
        },
      ];
    });
  },
};
