/** Rule 5: a mission's planned sessions do not exceed what was ordered, kind by kind. */
import type { FileAnalysis } from '../../analyze';
import type { Finding } from '../../diagnostics';
import { isObject, list, num, text } from '../../records';
import { sessionKinds } from '../../schema/schemas';
import type { CrossRule, IndexView } from './types';

/** The sessions that belong to a mission (its `mission` field), cancelled ones excluded. */
export function sessionsOfMission(missionId: string, index: IndexView): FileAnalysis[] {
  return index
    .referrers(missionId)
    .filter((r) => r.type === 'session' && r.facts?.mission === missionId && r.facts?.status !== 'cancelled');
}

export const missionPlanning: CrossRule = {
  check(record, index) {
    if (record.type === 'mission') return overplanned(record, index);
    if (record.type === 'session') return unordered(record, index);
    return [];
  },
};

function overplanned(mission: FileAnalysis, index: IndexView): Finding[] {
  const planned = new Map<string, number>();
  for (const s of sessionsOfMission(mission.id, index)) {
    const kind = text(s.facts?.kind);
    if (kind) planned.set(kind, (planned.get(kind) ?? 0) + 1);
  }
  return list(mission.facts?.ordered).flatMap((o, i) => {
    if (!isObject(o)) return [];
    const kind = text(o.kind);
    const ordered = num(o.count);
    const count = kind ? (planned.get(kind) ?? 0) : 0;
    if (!kind || ordered === undefined || count <= ordered) return [];
    return [
      {
        code: 'rule.mission-overplanned',
        severity: 'warning' as const,
        path: ['ordered', i, 'count'],
        target: 'value' as const,
        args: { kind, planned: count, ordered },
      },
    ];
  });
}

function unordered(session: FileAnalysis, index: IndexView): Finding[] {
  const missionId = text(session.facts?.mission);
  const kind = text(session.facts?.kind);
  // A kind the schema does not know is the schema's to report.
  if (!missionId || !kind || !sessionKinds.includes(kind) || session.facts?.status === 'cancelled') return [];
  const mission = index.recordsWithId(missionId).find((r) => r.type === 'mission');
  if (!mission || !Array.isArray(mission.facts?.ordered)) return [];
  const kinds = list(mission.facts.ordered).map((o) => (isObject(o) ? o.kind : undefined));
  return kinds.includes(kind)
    ? []
    : [
        {
          code: 'rule.mission-unordered',
          severity: 'warning',
          path: ['kind'],
          target: 'value',
          args: { kind, mission: missionId },
        },
      ];
}
