/**
 * Reviews a change: for every changed record, what changed (notes) and what the history rules
 * find, positioned in the current file. The CLI (`validate --base`, `diff`) and the editor share it.
 */
import { idOfPath, type FileDiagnostic } from '../analyze';
import { recordPositions } from '../parse/positions';
import type { WorkspaceConfig } from '../config';
import type { Finding } from '../diagnostics';
import type { RecordType } from '../schema/schemas';
import { findConflictMarkers } from '../parse/conflicts';
import { historyFacts } from './history';
import { RecordReader, type ReadRecord } from './record';
import { reviewRules } from './rules';
import { closedMissionOf } from './rules/missionFrozen';
import { renamedIdFindings } from './rules/renamedIds';
import { summarize, type ChangeNote } from './summary';
import type { ChangedFile, ReviewWorld } from './types';

export type ChangeKind = 'added' | 'modified' | 'deleted' | 'renamed';

export interface RecordReview {
  /** The current path, or the base path of a deleted file. */
  path: string;
  basePath?: string;
  id: string;
  baseId?: string;
  type?: RecordType;
  change: ChangeKind;
  notes: ChangeNote[];
  /** This record's findings, positioned in its current text (line 1 for a deleted file). */
  diagnostics: FileDiagnostic[];
}

export interface ReviewResult {
  records: RecordReview[];
  /** Every finding by file, with those in files the change did not touch (references to a renamed id). */
  diagnostics: Map<string, FileDiagnostic[]>;
}

export function reviewChanges(
  changes: readonly ChangedFile[],
  world: ReviewWorld,
  config: WorkspaceConfig,
  reader = new RecordReader(),
): ReviewResult {
  const diagnostics = new Map<string, FileDiagnostic[]>();
  const add = (path: string, ds: FileDiagnostic[]) => {
    if (ds.length) diagnostics.set(path, [...(diagnostics.get(path) ?? []), ...ds]);
  };
  const records: RecordReview[] = [];
  // In path order, as git lists them (renames paired by the host come last otherwise).
  const sorted = [...changes].sort((a, b) => ((a.path ?? a.basePath ?? '') < (b.path ?? b.basePath ?? '') ? -1 : 1));
  for (const c of sorted) {
    const path = c.path ?? c.basePath;
    if (!path) continue;
    const base = c.basePath ? reader.read(c.basePath, c.baseText) : undefined;
    const now = c.path ? reader.read(c.path, c.text) : undefined;
    const change: ChangeKind = !c.basePath
      ? 'added'
      : !c.path
        ? 'deleted'
        : c.basePath !== c.path
          ? 'renamed'
          : 'modified';
    // A file still there that cannot be read (conflict markers, broken YAML) is not a deletion.
    const unreadable = !!c.path && !now && c.text !== undefined;
    const notes = unreadable
      ? [{ kind: 'unreadable' as const, conflict: !!findConflictMarkers(c.text!) }]
      : summarize(base, now, config);
    if (change === 'renamed') notes.unshift({ kind: 'renamed', from: c.basePath!, to: c.path! });
    const own = now ? positioned(now, checkRecord(c, base, now, world, reader)) : deletedFindings(base, world);
    add(path, own);
    records.push({
      path,
      basePath: c.basePath,
      id: idOfPath(path),
      baseId: c.basePath && idOfPath(c.basePath),
      type: now?.type ?? base?.type,
      change,
      notes,
      diagnostics: own,
    });
  }
  for (const [path, { text, findings }] of renamedIdFindings(changes, world)) {
    const record = reader.read(path, text);
    if (record) add(path, positioned(record, findings));
  }
  return { records, diagnostics };
}

function checkRecord(
  c: ChangedFile,
  base: ReadRecord | undefined,
  record: ReadRecord,
  world: ReviewWorld,
  reader: RecordReader,
): Finding[] {
  const sameType = base && base.type === record.type ? base : undefined;
  const ctx = { record, base: sameType, isNew: !c.basePath, history: historyFacts(c, world.today, reader), world };
  return reviewRules.filter((r) => r.types.includes(record.type)).flatMap((r) => r.check(ctx));
}

function positioned(record: ReadRecord, findings: readonly Finding[]): FileDiagnostic[] {
  return findings.length ? recordPositions(record.text).place(findings) : [];
}

/** A frozen record (closed mission, or one of its sessions) deleted: reported on its old path, line 1. */
function deletedFindings(base: ReadRecord | undefined, world: ReviewWorld): FileDiagnostic[] {
  if (!base || (base.type !== 'mission' && base.type !== 'session')) return [];
  const mission = closedMissionOf(base, world);
  if (!mission) return [];
  return [
    {
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      code: 'review.mission-frozen',
      severity: 'error',
      args: { mission, kind: 'deleted', field: '' },
    },
  ];
}
