/** The convention de formation of an accepted quote. */
import type { RecordSource } from '../../core/documents/sessionModel';
import type { Workspace } from '../../core/workspace';
import { refused } from './run';
import type { ConventionRequest, DocumentContext, DocumentResult } from './types';

export function conventionInputs(_source: RecordSource, _workspace: Workspace, _quoteId: string): void {}

export async function convention(_ctx: DocumentContext, request: ConventionRequest): Promise<DocumentResult> {
  return refused({ kind: 'usage', message: `not yet: ${request.quoteId}` });
}
