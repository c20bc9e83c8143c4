/** Rule 6: a mission makes at most one retribution request per calendar month. */
import { date, isObject, list } from '../../records';
import type { FileRule } from '../types';

export const retributionMonthly: FileRule = {
  types: ['mission'],
  check({ data }) {
    const months = new Set<string>();
    return list(data.retributions).flatMap((r, i) => {
      const day = isObject(r) ? date(r.requested_on) : undefined;
      if (!day) return [];
      const month = day.slice(0, 7);
      if (!months.has(month)) {
        months.add(month);
        return [];
      }
      return [
        {
          code: 'rule.retribution-monthly',
          severity: 'error' as const,
          path: ['retributions', i, 'requested_on'],
          target: 'value' as const,
          args: { month },
        },
      ];
    });
  },
};
