/** "Generated on … from … (commit …)" for a record: git is asked here, never by the core. */
import { provenanceText } from '../../core/documents/provenance';
import { gitState } from '../git';
import { labelsOf } from './records';
import type { DocumentContext } from './types';

export async function provenanceOf(ctx: DocumentContext, recordFile: string): Promise<string> {
  return provenanceText(
    { date: ctx.workspace.today, path: recordFile, git: await gitState(ctx.dir, recordFile) },
    labelsOf(ctx.workspace),
  );
}
