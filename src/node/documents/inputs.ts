/**
 * The files a document reads: atelier.yaml, the records named in the request and every record the
 * document's model looks up (programme, mission, client or the quote that names it, facilitators,
 * coordinator, contacts). Workspace-relative paths; the extension saves these editors, no others.
 */
import { CONFIG_FILE } from '../../core/config';
import { sessionModel, type RecordSource } from '../../core/documents/sessionModel';
import type { Workspace } from '../../core/workspace';
import { conventionInputs } from './convention';
import { programmeSheetInputs } from './programmeSheet';
import { quoteInputs } from './quote';
import type { DocumentRequest } from './types';

/** The id a request is about (its session, quote or programme), to name it in messages and logs. */
export function requestSubject(request: DocumentRequest): string {
  if (request.document === 'quote' || request.document === 'convention') return request.quoteId;
  if (request.document === 'programme') return request.programmeId;
  if (request.document === 'emails') return [request.templateId, request.sessionId].filter(Boolean).join(' ');
  return request.document === 'certificates' ? (request.sessionId ?? request.missionId ?? '') : request.sessionId;
}

export function documentInputs(workspace: Workspace, request: DocumentRequest): string[] {
  const read = new Set<string>([CONFIG_FILE]);
  const recording: RecordSource = {
    config: workspace.config,
    record(id, type) {
      const found = workspace.record(id, type);
      if (found) read.add(found.path);
      return found;
    },
  };
  if (request.document === 'quote') quoteInputs(recording, request.quoteId);
  else if (request.document === 'convention') conventionInputs(recording, workspace, request.quoteId);
  else if (request.document === 'programme') programmeSheetInputs(recording, request.programmeId);
  else if (request.document === 'certificates' && request.missionId) {
    const id = request.missionId;
    for (const r of workspace.filesWithId(id)) read.add(r.path);
    for (const r of workspace.referrers(id))
      if (r.type === 'session') {
        read.add(r.path);
        sessionModel(recording, r.id);
      }
  } else if (request.sessionId) {
    const named = request.document === 'emails' ? [request.sessionId, request.templateId] : [request.sessionId];
    for (const id of named) if (id) for (const r of workspace.filesWithId(id)) read.add(r.path);
    if (request.sessionId) sessionModel(recording, request.sessionId);
    // A directory mail reads every person record (and the clients they are contacts of).
    if (
      request.document === 'emails' &&
      workspace.record(request.templateId, 'email-template')?.data.audience === 'directory'
    )
      for (const r of workspace.records()) if (r.type === 'person' || r.type === 'client') read.add(r.path);
  }
  return [...read];
}
