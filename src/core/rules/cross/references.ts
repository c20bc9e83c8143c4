/** Rule 11: references resolve to an existing record of the right type (and people have the right role). */
import type { Finding } from '../../diagnostics';
import { list } from '../../records';
import type { CrossRule } from './types';

const ROLE_OF_FIELD: Record<string, string> = { facilitators: 'facilitator', coordinator: 'coordinator' };

export const references: CrossRule = {
  check(record, index) {
    const out: Finding[] = [];
    for (const ref of record.refs) {
      const targets = index.recordsWithId(ref.id);
      const field = String(ref.path[0]);
      if (targets.length === 0) {
        out.push({
          code: 'ref.missing',
          severity: 'error',
          path: ref.path,
          target: 'value',
          args: { id: ref.id, expected: ref.expected, field },
        });
        continue;
      }
      const target = targets.find((t) => t.type === ref.expected) ?? targets[0];
      if (target.type === 'unknown') continue; // broken record: its own diagnostic says why
      if (target.type !== ref.expected) {
        out.push({
          code: 'ref.type',
          severity: 'error',
          path: ref.path,
          target: 'value',
          args: { id: ref.id, expected: ref.expected, actual: String(target.type), field },
        });
        continue;
      }
      const role = ROLE_OF_FIELD[field];
      const roles = target.facts?.roles;
      if (role && Array.isArray(roles) && !list(roles).includes(role)) {
        const name =
          `${String(target.facts?.first_name ?? '')} ${String(target.facts?.last_name ?? '')}`.trim() || ref.id;
        out.push({
          code: 'ref.role',
          severity: 'warning',
          path: ref.path,
          target: 'value',
          args: { id: ref.id, name, role },
        });
      }
    }
    return out;
  },
};
