/**
 * The files a document reads: atelier.yaml, the records named in the request and every record the
 * session's model looks up (programme, mission, client or the quote that names it, facilitators,
 * coordinator, contacts). Workspace-relative paths; the extension saves these editors, no others.
 */
import { CONFIG_FILE } from '../../core/config';
import { sessionModel, type RecordSource } from '../../core/documents/sessionModel';
import type { Workspace } from '../../core/workspace';
import type { DocumentRequest } from './types';

export function documentInputs(workspace: Workspace, request: DocumentRequest): string[] {
  const read = new Set<string>([CONFIG_FILE]);
  const named = request.document === 'emails' ? [request.sessionId, request.templateId] : [request.sessionId];
  for (const id of named) for (const r of workspace.filesWithId(id)) read.add(r.path);
  const recording: RecordSource = {
    config: workspace.config,
    record(id, type) {
      const found = workspace.record(id, type);
      if (found) read.add(found.path);
      return found;
    },
  };
  sessionModel(recording, request.sessionId);
  return [...read];
}
