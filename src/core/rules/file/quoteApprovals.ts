/** From `validated` on, the two partner organisations must both have approved the quote. */
import { list } from '../../records';
import type { FileRule } from '../types';

export const REQUIRED_APPROVALS = 2;
const APPROVED_STATUSES = new Set(['validated', 'sent', 'accepted', 'refused', 'expired']);

export const quoteApprovals: FileRule = {
  types: ['quote'],
  check({ data }) {
    if (!APPROVED_STATUSES.has(String(data.status)) || !Array.isArray(data.approvals)) return [];
    const count = new Set(
      list(data.approvals)
        .filter((a) => typeof a === 'string' && a.trim())
        .map((a) => String(a).trim().toLowerCase()),
    ).size;
    return count >= REQUIRED_APPROVALS
      ? []
      : [
          {
            code: 'rule.quote-approvals',
            severity: 'error' as const,
            path: ['approvals'],
            target: 'key' as const,
            args: { count },
          },
        ];
  },
};
