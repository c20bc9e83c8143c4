/** The programme sheet handed to trainees, dated by the programme's last commit. */
import { safeSegment } from '../../core/documents/fileNames';
import { programmeSheetView } from '../../core/documents/programmeSheet';
import { programmeSheetPdf } from '../../core/documents/programmeSheetPdf';
import type { RecordSource } from '../../core/documents/sessionModel';
import { salesLabels } from '../../core/i18n/sales';
import { gitState, lastCommitDay } from '../git';
import { missingGlyphs } from '../glyphs';
import { renderPdf } from '../pdf';
import { writeOneDocument } from './oneDocument';
import { provenanceOf } from './provenance';
import { findRecord, labelsOf, recordErrors } from './records';
import { refused, startRun } from './run';
import type { DocumentContext, DocumentResult, ProgrammeSheetRequest } from './types';

/** The records the sheet reads (the programme, the accessibility contact). */
export function programmeSheetInputs(source: RecordSource, programmeId: string): void {
  programmeSheetView(source, programmeId, '2000-01-01');
}

export async function programmeSheet(ctx: DocumentContext, request: ProgrammeSheetRequest): Promise<DocumentResult> {
  const id = request.programmeId;
  const file = findRecord(ctx.workspace, id, 'programme');
  if (!file.ok) return refused(file.refusal);
  const errors = recordErrors(ctx.workspace, [file.value]);
  if (errors) return refused(errors);
  // The last change is the last commit's day only when the file is committed as it is now.
  const state = await gitState(ctx.dir, file.value);
  const changed = (state.kind === 'commit' && (await lastCommitDay(ctx.dir, file.value))) || ctx.workspace.today;
  const view = programmeSheetView(ctx.workspace, id, changed);
  if (!view)
    return refused({ kind: 'errors', message: labelsOf(ctx.workspace).noRecord('programme', id), records: [] });
  const l = salesLabels(ctx.workspace.config.locale);
  const run = startRun(ctx);
  if (view.missing.length) run.warn(l.programmeIncomplete(view.missing.join(', ')));
  if (view.seller.missing.length) run.warn(l.missingMentions(l.programmeSheet, view.seller.missing.join(', ')));
  const provenance = await provenanceOf(ctx, file.value);
  const doc = programmeSheetPdf(view, provenance);
  const missing = await missingGlyphs(doc.content, provenance);
  if (missing.length) run.warn(labelsOf(ctx.workspace).missingGlyphs(missing.join(' '), file.value));
  const name = `programme-${safeSegment(id)}.pdf`;
  const failed = await writeOneDocument(ctx, run, request.out, [safeSegment(id)], name, await renderPdf(doc));
  return failed ? run.refused(failed) : run.done();
}
