/** Rule 6: a retribution is requested after the end of the sessions it pays, for this mission's sessions. */
import type { Finding } from '../../diagnostics';
import { date, isObject, list, sessionSpan, text } from '../../records';
import type { CrossRule } from './types';

export const retributions: CrossRule = {
  check(record, index) {
    if (record.type !== 'mission') return [];
    const out: Finding[] = [];
    list(record.facts?.retributions).forEach((r, i) => {
      if (!isObject(r)) return;
      const requested = date(r.requested_on);
      list(r.sessions).forEach((id, j) => {
        if (typeof id !== 'string') return;
        const session = index.recordsWithId(id).find((s) => s.type === 'session');
        if (!session?.facts) return; // a missing reference is reported by the references rule
        const path = ['retributions', i, 'sessions', j];
        const span = sessionSpan(session.facts);
        if (requested && span && requested < span.last) {
          out.push({
            code: 'rule.retribution-early',
            severity: 'error',
            path,
            target: 'value',
            args: { requested, session: id, end: span.last },
          });
        }
        const owner = text(session.facts.mission);
        if (owner !== record.id)
          out.push({
            code: 'rule.retribution-foreign',
            severity: 'warning',
            path,
            target: 'value',
            args: { session: id, other: owner ?? '' },
          });
      });
    });
    return out;
  },
};
