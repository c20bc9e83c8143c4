/** Finding a document's input records and refusing broken ones, as data. */
import { CONFIG_FILE } from '../../core/config';
import { sessionModel, type SessionModel } from '../../core/documents/sessionModel';
import { documentLabels, type DocumentLabels } from '../../core/i18n/documents';
import { sessionSpan, text } from '../../core/records';
import { purgedStage, type PurgeStage } from '../../core/retention';
import type { RecordType } from '../../core/schema/schemas';
import type { Workspace } from '../../core/workspace';
import type { OrRefusal } from './run';
import type { RecordErrors, Refusal } from './types';

/** The words of documents and of their messages: the workspace's `locale`. */
export function labelsOf(workspace: Workspace): DocumentLabels {
  return documentLabels(workspace.config.locale);
}

/** The path of the record with this id and type; an unknown id or a record of another type is a usage refusal. */
export function findRecord(workspace: Workspace, id: string, type: RecordType): OrRefusal<string> {
  const l = labelsOf(workspace);
  const found = workspace.filesWithId(id);
  const match = found.find((r) => r.type === type) ?? found.find((r) => r.type === 'unknown');
  if (match) return { ok: true, value: match.path };
  const message = found.length
    ? l.otherType(id, found[0].type ?? 'unknown', found[0].path, type)
    : l.noRecord(type, id);
  return { ok: false, refusal: { kind: 'usage', message } };
}

/** The refusal for input records with errors, or undefined when they have none. */
export function recordErrors(workspace: Workspace, paths: readonly string[]): Refusal | undefined {
  const l = labelsOf(workspace);
  const records: RecordErrors[] = [];
  for (const p of new Set(paths)) {
    const errors = workspace.diagnosticsOf(p).filter((d) => d.severity === 'error');
    if (errors.length) records.push({ path: p, errors, message: l.hasErrors(p, errors.length) });
  }
  return records.length ? { kind: 'errors', message: records.map((r) => r.message).join('\n'), records } : undefined;
}

/** The session a document is made of: found, checked (a refusal when it has errors), modelled. */
export function openSession(workspace: Workspace, id: string): OrRefusal<{ file: string; session: SessionModel }> {
  const file = findRecord(workspace, id, 'session');
  if (!file.ok) return file;
  // A broken atelier.yaml would print documents without the organisation or its registration number.
  const errors = recordErrors(workspace, [CONFIG_FILE, file.value]);
  if (errors) return { ok: false, refusal: errors };
  const session = sessionModel(workspace, id);
  if (!session)
    return {
      ok: false,
      refusal: { kind: 'errors', message: labelsOf(workspace).noRecord('session', id), records: [] },
    };
  // Sheets and certificates name the participants: not once the names were purged.
  const purged = purgeOf(workspace, id);
  if (purged?.stage === 'evidence')
    return {
      ok: false,
      refusal: { kind: 'errors', message: labelsOf(workspace).purgedNames(id, purged.on), records: [] },
    };
  return { ok: true, value: { file: file.value, session } };
}

/** What a purge removed from a session (rule 8), and when; undefined when it was never purged. */
export function purgeOf(workspace: Workspace, id: string): { stage: PurgeStage; on: string } | undefined {
  const data = workspace.record(id, 'session')?.data;
  const on = text(data?.purged_on);
  const span = data && sessionSpan(data);
  const stage = span && purgedStage(span.last, on, workspace.config.retention);
  return stage && on ? { stage, on } : undefined;
}
