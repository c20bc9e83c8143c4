/** Rule 7: once a mission is closed, it and its sessions are frozen: any edit is an error. */
import type { DataPath, Finding } from '../../diagnostics';
import { text } from '../../records';
import { changeTarget, diffData } from '../dataDiff';
import type { ReadRecord } from '../record';
import type { ReviewContext, ReviewRule, ReviewWorld } from '../types';

/** The closed mission (at the base) this record belongs to, if any. */
export function closedMissionOf(
  record: { type: string; id: string; data: Record<string, unknown> },
  world: ReviewWorld,
): string | undefined {
  const id = record.type === 'mission' ? record.id : text(record.data.mission);
  if (!id) return undefined;
  return text(world.atBase(id, 'mission')?.status) === 'closed' ? id : undefined;
}

export const missionFrozen: ReviewRule = {
  types: ['mission', 'session'],
  check(ctx) {
    const { record, base, world } = ctx;
    if (ctx.isNew) {
      // A new session in a mission that was already closed.
      const mission = closedMissionOf(record, world);
      return mission ? [frozen(ctx, mission, ['mission'], 'value', 'mission')] : [];
    }
    if (!base) return [];
    const mission = closedMissionOf(base, world);
    if (!mission) return [];
    const out: Finding[] = diffData(base.data, record.data).map((c) => {
      const { path, target } = changeTarget(c);
      return frozen(ctx, mission, path, target, String(c.path[0] ?? ''));
    });
    // Renaming the file changes the record's id, which the mission's requests and links use.
    if (base.id !== record.id)
      out.unshift({
        ...frozen(ctx, mission, ['type'], 'key', ''),
        args: { mission, kind: 'renamed', from: base.id, to: record.id },
      });
    const body = bodyChange(base, record);
    if (body) out.push({ ...frozen(ctx, mission, [], 'key', ''), span: body });
    return out;
  },
};

function frozen(ctx: ReviewContext, mission: string, path: DataPath, target: 'key' | 'value', field: string): Finding {
  return {
    code: 'review.mission-frozen',
    severity: 'error',
    path,
    target,
    args: { mission, kind: ctx.record.type === 'mission' ? 'mission' : ctx.isNew ? 'new-session' : 'session', field },
  };
}

/** The first line of the body that differs (offsets in the current file), when the notes changed. */
function bodyChange(base: ReadRecord, now: ReadRecord): { start: number; end: number } | undefined {
  if (base.body === now.body) return undefined;
  const a = base.body.split('\n');
  const b = now.body.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const line = Math.min(i, b.length - 1);
  const start = now.fm.bodyStart + b.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  return { start, end: start + b[line].replace(/\r$/, '').length };
}
