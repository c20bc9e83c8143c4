/** One .eml draft per recipient of a template for a session. */
import { EMAIL_FILE, safeSegment } from '../../core/documents/fileNames';
import { buildEml } from '../eml';
import { outputFolder, userFolder, writeDocumentFiles } from './files';
import { prepareEmails } from './prepareEmails';
import { refused, startRun } from './run';
import type { DocumentContext, DocumentResult, EmailsRequest } from './types';

export async function emails(ctx: DocumentContext, request: EmailsRequest): Promise<DocumentResult> {
  const prepared = prepareEmails(ctx.workspace, request);
  if (prepared.status === 'refused') return refused(prepared.refusal);
  const run = startRun(ctx);
  for (const w of prepared.warnings) run.warn(w);
  const folder = request.out
    ? await userFolder(ctx, request.out)
    : await outputFolder(ctx, safeSegment(request.sessionId), 'emails', safeSegment(request.templateId));
  if (!folder.ok) return run.refused(folder.refusal);
  const now = new Date();
  // All built, then all written: a failure leaves the earlier run's drafts as they were.
  const emls = await Promise.all(prepared.messages.map((m) => buildEml(m, now)));
  const files = prepared.messages.map((m, i) => ({ name: `${m.fileStem}.eml`, bytes: emls[i] }));
  const failed = await writeDocumentFiles(ctx, run, folder.value, files, { replaces: EMAIL_FILE });
  if (failed) return run.refused(failed);
  return run.done();
}
