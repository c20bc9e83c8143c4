/** The devis of a quote, as PDF or printable HTML. */
import { safeSegment } from '../../core/documents/fileNames';
import { quoteView, type QuoteView } from '../../core/documents/quote';
import { quoteHtml } from '../../core/documents/quoteHtml';
import { quotePdf } from '../../core/documents/quotePdf';
import type { RecordSource } from '../../core/documents/sessionModel';
import { salesLabels } from '../../core/i18n/sales';
import { isObject, list, num } from '../../core/records';
import type { Workspace } from '../../core/workspace';
import { missingGlyphs } from '../glyphs';
import { renderPdf } from '../pdf';
import { writeOneDocument } from './oneDocument';
import { provenanceOf } from './provenance';
import { findRecord, labelsOf, recordErrors } from './records';
import { refused, startRun, type OrRefusal } from './run';
import type { DocumentContext, DocumentResult, QuoteRequest } from './types';

/** Statuses whose quote is no offer any more: printed only with `force`. */
const DEAD = new Set(['refused', 'expired']);

/** The records the devis reads (the quote, its client and programme). */
export function quoteInputs(source: RecordSource, quoteId: string): void {
  quoteView(source, quoteId);
}

/** The quote record found, checked (with its client) and turned into the devis's content. */
export function openQuote(workspace: Workspace, id: string): OrRefusal<{ file: string; view: QuoteView }> {
  const file = findRecord(workspace, id, 'quote');
  if (!file.ok) return file;
  const view = quoteView(workspace, id);
  const clientId = workspace.record(id, 'quote')?.data.client;
  const clientPath = typeof clientId === 'string' ? workspace.pathOf(clientId, 'client') : undefined;
  const errors = recordErrors(workspace, [file.value, ...(clientPath ? [clientPath] : [])]);
  if (errors) return { ok: false, refusal: errors };
  if (!view)
    return { ok: false, refusal: { kind: 'errors', message: labelsOf(workspace).noRecord('quote', id), records: [] } };
  return { ok: true, value: { file: file.value, view } };
}

export async function quote(ctx: DocumentContext, request: QuoteRequest): Promise<DocumentResult> {
  const id = request.quoteId;
  const opened = openQuote(ctx.workspace, id);
  if (!opened.ok) return refused(opened.refusal);
  const { file, view } = opened.value;
  const l = salesLabels(ctx.workspace.config.locale);
  if (DEAD.has(view.status) && !request.force)
    return refused({ kind: 'state', message: l.refusedStatus(view.number, view.status) });

  const run = startRun(ctx);
  if (view.missing.length) run.warn(l.missingMentions(l.quoteNumber(view.number), view.missing.join(', ')));
  const lines = list(ctx.workspace.record(id, 'quote')?.data.lines);
  if (
    ctx.workspace.config.legal.vat_exempt &&
    lines.some((x) => isObject(x) && (num(x.vat_rate) ?? ctx.workspace.config.vat_rate) > 0)
  )
    run.warn(l.vatExemptWithVat(view.number));
  const provenance = await provenanceOf(ctx, file);
  const name = `devis-${safeSegment(id)}.${request.format}`;
  const segments = [safeSegment(id)];
  if (request.format === 'html') {
    const failed = await writeOneDocument(ctx, run, request.out, segments, name, quoteHtml(view, provenance));
    return failed ? run.refused(failed) : run.done();
  }
  const doc = quotePdf(view, provenance);
  const missing = await missingGlyphs(doc.content, provenance);
  if (missing.length) run.warn(labelsOf(ctx.workspace).missingGlyphs(missing.join(' '), file));
  const failed = await writeOneDocument(ctx, run, request.out, segments, name, await renderPdf(doc));
  return failed ? run.refused(failed) : run.done();
}
