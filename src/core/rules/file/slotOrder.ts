/** A slot ends after it starts. */
import { slotsOf } from '../../records';
import type { FileRule } from '../types';

export const slotOrder: FileRule = {
  types: ['session'],
  check({ data }) {
    return slotsOf(data).flatMap((s) =>
      s.start && s.end && s.end <= s.start
        ? [
            {
              code: 'rule.slot-order',
              severity: 'error' as const,
              path: ['slots', s.index, 'end'],
              target: 'value' as const,
              args: { start: s.start, end: s.end },
            },
          ]
        : [],
    );
  },
};
