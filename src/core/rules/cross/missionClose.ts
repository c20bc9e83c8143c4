/** Rule 7: a mission is closed only when all its sessions are past and all retributions requested. */
import type { Finding } from '../../diagnostics';
import { date, isObject, list, sessionSpan } from '../../records';
import { sessionsOfMission } from './missionPlanning';
import type { CrossRule } from './types';

export const missionClose: CrossRule = {
  check(record, index) {
    if (record.type !== 'mission' || record.facts?.status !== 'closed') return [];
    const closed = date(record.facts.closed_on) ?? index.today;
    const paid = new Set(list(record.facts.retributions).flatMap((r) => (isObject(r) ? list(r.sessions) : [])));
    const out: Finding[] = [];
    for (const s of sessionsOfMission(record.id, index)) {
      const span = s.facts ? sessionSpan(s.facts) : undefined;
      if (span && span.last > closed) {
        out.push({
          code: 'rule.mission-close-pending',
          severity: 'error',
          path: ['status'],
          target: 'value',
          args: { session: s.id, end: span.last, closed },
        });
      } else if (!paid.has(s.id)) {
        out.push({
          code: 'rule.mission-close-unpaid',
          severity: 'error',
          path: ['status'],
          target: 'value',
          args: { session: s.id },
        });
      }
    }
    return out;
  },
};
