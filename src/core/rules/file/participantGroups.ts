/** A participant's `group` names the facilitator who runs it: one of the session's facilitators. */
import type { Finding } from '../../diagnostics';
import { isObject, list } from '../../records';
import type { FileRule } from '../types';

export const participantGroups: FileRule = {
  types: ['session'],
  check({ data }) {
    const facilitators = list(data.facilitators).filter((f): f is string => typeof f === 'string');
    const out: Finding[] = [];
    list(data.participants).forEach((p, i) => {
      if (!isObject(p) || typeof p.group !== 'string' || facilitators.includes(p.group)) return;
      out.push({
        code: 'rule.participant-group',
        severity: 'error',
        path: ['participants', i, 'group'],
        target: 'value',
        args: { group: p.group, facilitators: facilitators.join(', ') },
      });
    });
    return out;
  },
};
