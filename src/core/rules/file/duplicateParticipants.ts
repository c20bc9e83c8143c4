/** The same email twice in a session is almost always a copy-paste slip. */
import { isObject, list, text } from '../../records';
import type { FileRule } from '../types';

export const duplicateParticipants: FileRule = {
  types: ['session'],
  check({ data }) {
    const seen = new Set<string>();
    return list(data.participants).flatMap((p, i) => {
      const email = isObject(p) ? text(p.email)?.trim().toLowerCase() : undefined;
      if (!email) return [];
      if (!seen.has(email)) {
        seen.add(email);
        return [];
      }
      return [
        {
          code: 'rule.participant-duplicate',
          severity: 'warning' as const,
          path: ['participants', i, 'email'],
          target: 'value' as const,
          args: { email },
        },
      ];
    });
  },
};
