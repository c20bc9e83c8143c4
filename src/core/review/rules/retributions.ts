/**
 * Rule 6 across history: a retribution is requested after the sessions it pays end (the commit that
 * added the request tells when it really was made), and at most once per calendar month, counting
 * requests made earlier and deleted or re-dated since.
 */
import type { Finding } from '../../diagnostics';
import { sessionSpan } from '../../records';
import { newRequests, newlyRequestedSessions, requestsOf, sameRequest } from '../identity';
import type { ReviewRule } from '../types';
import { shallowNotice } from './shallow';

export const retributions: ReviewRule = {
  types: ['mission'],
  check({ record, base, history, world }) {
    const out: Finding[] = [];
    const fresh = newlyRequestedSessions(base?.data, record.data);
    const now = requestsOf(record.data);
    for (const r of now) {
      r.sessions.forEach((id, k) => {
        if (!fresh.has(id)) return;
        const end = sessionSpan(world.current(id, 'session') ?? {})?.last;
        if (!end) return;
        // A typed date before the end is already reported by the validator (rule.retribution-early).
        if (r.requested && r.requested < end) return;
        const requested = history.retributionRequested(id);
        if (requested.day >= end) return;
        if (requested.shallow)
          return void out.push(shallowNotice(requested, 6, ['retributions', r.index, 'sessions', r.at[k]], 'value'));
        out.push({
          code: 'review.retribution-early',
          severity: 'error',
          path: ['retributions', r.index, 'sessions', r.at[k]],
          target: 'value',
          args: { session: id, requested: requested.day, commit: requested.commit ?? '', end },
        });
      });
    }
    const added = newRequests(base?.data, record.data);
    const past = added.length ? history.pastRequests() : [];
    for (const r of added) {
      if (!r.requested) continue;
      const month = r.requested.slice(0, 7);
      // Another request dated that month in history, which the file no longer holds as such
      // (a request still there in the same month is reported by the validator: rule.retribution-monthly).
      const other = past.find(
        (p) =>
          p.month === month &&
          !sameRequest(p, r) &&
          !now.some((n) => n.requested?.startsWith(month) && sameRequest(n, p)),
      );
      if (other) {
        out.push({
          code: 'review.retribution-monthly',
          severity: 'error',
          path: ['retributions', r.index, 'requested_on'],
          target: 'value',
          args: { month, sessions: other.sessions.join(', '), commit: other.commit },
        });
      }
    }
    return out;
  },
};
