/** The other records, now and at the base, as the review rules see them, from a loaded workspace. */
import { idOfPath } from '../analyze';
import type { Workspace } from '../workspace';
import { RecordReader } from './record';
import type { ChangedFile, ReviewWorld } from './types';

export function workspaceWorld(
  ws: Workspace,
  changes: readonly ChangedFile[],
  reader = new RecordReader(),
): ReviewWorld {
  const byBaseId = new Map<string, ChangedFile>();
  const currentIds = new Set<string>();
  for (const c of changes) {
    if (c.basePath) byBaseId.set(idOfPath(c.basePath), c);
    if (c.path) currentIds.add(idOfPath(c.path));
  }
  return {
    today: ws.today,
    vatRate: ws.config.vat_rate,
    current: (id, type) => ws.record(id, type)?.data,
    atBase: (id, type) => {
      const changed = byBaseId.get(id);
      if (changed) {
        const r = reader.read(changed.basePath!, changed.baseText);
        return r?.type === type ? r.data : undefined;
      }
      // Unchanged records are as they were; a record the change adds did not exist.
      return currentIds.has(id) ? undefined : ws.record(id, type)?.data;
    },
    referrers: (id) => ws.referrers(id).map((a) => ({ path: a.path, text: ws.textOf(a.path) ?? '', refs: a.refs })),
    exists: (id) => ws.filesWithId(id).length > 0,
  };
}
