/** A session marked done cannot have slots still to come. */
import { slotsOf } from '../../records';
import type { FileRule } from '../types';

export const sessionStatus: FileRule = {
  types: ['session'],
  check({ data, today }) {
    if (data.status !== 'done') return [];
    const future = slotsOf(data).find((s) => s.date > today);
    return future
      ? [
          {
            code: 'rule.session-status',
            severity: 'error' as const,
            path: ['status'],
            target: 'value' as const,
            args: { status: 'done', date: future.date },
          },
        ]
      : [];
  },
};
