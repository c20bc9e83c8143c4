/**
 * Issue 14 item 4: `sent` (the emails composed for a session, recorded by `atelier email`) is
 * evidence that a reminder was done. The review reports an entry removed since the base, and an
 * entry back-dated: moved to an earlier day, or added with a day on which a committed version of
 * the session did not have it although that day was past.
 */
import type { Finding } from '../../diagnostics';
import { newSent, sameSent, sentOf } from '../sent';
import type { ReviewRule } from '../types';

export const sentKept: ReviewRule = {
  types: ['session'],
  check({ record, base, history }) {
    const out: Finding[] = [];
    const before = sentOf(base?.data);
    const now = sentOf(record.data);
    const added = newSent(base?.data, record.data);
    const moved = new Set<number>();
    for (const b of before) {
      if (now.some((n) => sameSent(n, b))) continue;
      // The same template now recorded on an earlier day, where the base had it later: re-dated back.
      const earlier = added.find((n) => n.template === b.template && n.on < b.on && !moved.has(n.index));
      if (earlier) {
        moved.add(earlier.index);
        out.push({
          code: 'review.sent-backdated',
          severity: 'error',
          path: ['sent', earlier.index, 'on'],
          target: 'value',
          args: { template: b.template, on: earlier.on, was: b.on, commit: '' },
        });
        continue;
      }
      out.push({
        code: 'review.sent-removed',
        severity: 'error',
        path: record.data.sent === undefined ? ['type'] : ['sent'],
        target: 'key',
        args: { template: b.template, on: b.on },
      });
    }
    for (const n of added) {
      if (moved.has(n.index)) continue;
      const without = history.sentLaterWithout(n);
      if (!without) continue;
      out.push({
        code: 'review.sent-backdated',
        severity: 'error',
        path: ['sent', n.index, 'on'],
        target: 'value',
        args: { template: n.template, on: n.on, was: without.day, commit: without.commit ?? '' },
      });
    }
    return out;
  },
};
