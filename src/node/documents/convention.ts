/** The convention de formation of an accepted quote; refused when its figures disagree, unless forced. */
import { conventionView, type ConventionSource } from '../../core/documents/convention';
import { conventionPdf } from '../../core/documents/conventionPdf';
import { safeSegment } from '../../core/documents/fileNames';
import type { RecordSource } from '../../core/documents/sessionModel';
import { salesLabels } from '../../core/i18n/sales';
import type { Workspace } from '../../core/workspace';
import { missingGlyphs } from '../glyphs';
import { renderPdf } from '../pdf';
import { writeOneDocument } from './oneDocument';
import { provenanceOf } from './provenance';
import { labelsOf } from './records';
import { openQuote } from './quote';
import { refused, startRun } from './run';
import type { ConventionRequest, DocumentContext, DocumentResult } from './types';

/** The records the convention reads (the quote, its client, signatory, programme, missions and sessions). */
export function conventionInputs(source: RecordSource, workspace: Workspace, quoteId: string): void {
  const recording: ConventionSource = {
    config: source.config,
    record: (id, type) => source.record(id, type),
    referrers: (id) => workspace.referrers(id),
  };
  conventionView(recording, quoteId);
}

export async function convention(ctx: DocumentContext, request: ConventionRequest): Promise<DocumentResult> {
  const id = request.quoteId;
  const opened = openQuote(ctx.workspace, id);
  if (!opened.ok) return refused(opened.refusal);
  const view = conventionView(ctx.workspace, id);
  if (!view) return refused({ kind: 'errors', message: labelsOf(ctx.workspace).noRecord('quote', id), records: [] });
  const l = salesLabels(ctx.workspace.config.locale);
  if (view.status !== 'accepted' && !request.force)
    return refused({ kind: 'state', message: l.notAccepted(view.quote.number, view.status) });
  if (!ctx.workspace.record(id, 'quote')?.data.programme)
    return refused({ kind: 'state', message: l.noProgramme(view.quote.number) });
  if (view.mismatches.length && !request.force)
    return refused({ kind: 'state', message: l.mismatch(view.mismatches.join('\n')) });

  const run = startRun(ctx);
  if (view.mismatches.length) run.warn(`${l.forced}\n${view.mismatches.join('\n')}`);
  if (view.missing.length) run.warn(l.missingMentions(l.convention, view.missing.join(', ')));
  const provenance = await provenanceOf(ctx, opened.value.file);
  const doc = conventionPdf(view, provenance);
  const missing = await missingGlyphs(doc.content, provenance);
  if (missing.length) run.warn(labelsOf(ctx.workspace).missingGlyphs(missing.join(' '), opened.value.file));
  const name = `convention-${safeSegment(id)}.pdf`;
  const failed = await writeOneDocument(ctx, run, request.out, [safeSegment(id)], name, await renderPdf(doc));
  return failed ? run.refused(failed) : run.done();
}
