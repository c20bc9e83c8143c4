/** One .eml draft per recipient of a template for a session (or for the directory), recorded in the session. */
import { recordSentEdit } from '../../core/commands/recordSent';
import { EMAIL_FILE, safeSegment } from '../../core/documents/fileNames';
import { buildEml } from '../eml';
import { editRecordFile, outputFolder, userFolder, writeDocumentFiles } from './files';
import { prepareEmails } from './prepareEmails';
import { labelsOf } from './records';
import { refused, startRun, type Run } from './run';
import type { DocumentContext, DocumentResult, EmailsRequest } from './types';

export async function emails(ctx: DocumentContext, request: EmailsRequest): Promise<DocumentResult> {
  const prepared = prepareEmails(ctx.workspace, request);
  if (prepared.status === 'refused') return refused(prepared.refusal);
  const run = startRun(ctx);
  for (const w of prepared.warnings) run.warn(w);
  const template = safeSegment(request.templateId);
  const folder = request.out
    ? await userFolder(ctx, request.out)
    : request.sessionId
      ? await outputFolder(ctx, safeSegment(request.sessionId), 'emails', template)
      : await outputFolder(ctx, 'emails', template);
  if (!folder.ok) return run.refused(folder.refusal);
  const now = new Date();
  // All built, then all written: a failure leaves the earlier run's drafts as they were.
  const emls = await Promise.all(prepared.messages.map((m) => buildEml(m, now)));
  const files = prepared.messages.map((m, i) => ({ name: `${m.fileStem}.eml`, bytes: emls[i] }));
  const failed = await writeDocumentFiles(ctx, run, folder.value, files, { replaces: EMAIL_FILE });
  if (failed) return run.refused(failed);
  // Written wherever they went (--out included): the session says so, and that reminder is done.
  if (prepared.session) await recordSent(ctx, run, prepared.session.path, request.templateId);
  return run.done();
}

/** Appends `{ template, on: today }` to the session's `sent` list; a failure is a warning (the mails are written). */
async function recordSent(ctx: DocumentContext, run: Run, relative: string, templateId: string): Promise<void> {
  try {
    await editRecordFile(ctx, relative, (text) => recordSentEdit(text, templateId, ctx.workspace.today));
  } catch (e) {
    run.warn(labelsOf(ctx.workspace).sentNotRecorded(relative, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
}
