/** Per-mission figures (rule 5): sessions ordered, planned (not cancelled) and done. */
import { isObject, list, num, text, type Data } from '../records';

export interface MissionFigures {
  ordered: number;
  planned: number;
  done: number;
  /** The same, kind by kind. */
  by_kind: { kind: string; ordered: number; planned: number; done: number }[];
}

export function missionFigures(mission: Data, sessions: readonly Data[]): MissionFigures {
  const kinds = new Map<string, { ordered: number; planned: number; done: number }>();
  const entry = (kind: string) => kinds.get(kind) ?? kinds.set(kind, { ordered: 0, planned: 0, done: 0 }).get(kind)!;
  for (const o of list(mission.ordered)) {
    const kind = isObject(o) ? text(o.kind) : undefined;
    if (kind && isObject(o)) entry(kind).ordered += num(o.count) ?? 0;
  }
  for (const s of sessions) {
    const kind = text(s.kind) ?? 'unknown';
    if (s.status === 'cancelled') continue;
    entry(kind).planned++;
    if (s.status === 'done') entry(kind).done++;
  }
  const by_kind = [...kinds].map(([kind, f]) => ({ kind, ...f }));
  const sum = (k: 'ordered' | 'planned' | 'done') => by_kind.reduce((s, f) => s + f[k], 0);
  return { ordered: sum('ordered'), planned: sum('planned'), done: sum('done'), by_kind };
}
