/** The programme sheet handed to trainees. */
import type { RecordSource } from '../../core/documents/sessionModel';
import { refused } from './run';
import type { DocumentContext, DocumentResult, ProgrammeSheetRequest } from './types';

export function programmeSheetInputs(_source: RecordSource, _programmeId: string): void {}

export async function programmeSheet(_ctx: DocumentContext, request: ProgrammeSheetRequest): Promise<DocumentResult> {
  return refused({ kind: 'usage', message: `not yet: ${request.programmeId}` });
}
