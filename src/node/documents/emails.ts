/** One .eml draft per recipient of a template for a session. */
import * as path from 'path';
import { EMAIL_FILE, safeSegment } from '../../core/documents/fileNames';
import { buildEml } from '../eml';
import { outputPath, removeEarlierFiles, resolveOut, writeDocumentFile } from './files';
import { prepareEmails } from './prepareEmails';
import { refused, startRun } from './run';
import type { DocumentContext, DocumentResult, EmailsRequest } from './types';

export async function emails(ctx: DocumentContext, request: EmailsRequest): Promise<DocumentResult> {
  const prepared = prepareEmails(ctx.workspace, request);
  if (prepared.status === 'refused') return refused(prepared.refusal);
  const run = startRun(ctx);
  for (const w of prepared.warnings) run.warn(w);
  const dir = request.out
    ? resolveOut(ctx, request.out)
    : outputPath(ctx, safeSegment(request.sessionId), 'emails', safeSegment(request.templateId));
  const now = new Date();
  // Built before the earlier run's drafts go (to people since removed, numbered differently): a failure leaves them as they were.
  const emls = await Promise.all(prepared.messages.map((m) => buildEml(m, now)));
  const files = prepared.messages.map((m) => `${m.fileStem}.eml`);
  await removeEarlierFiles(ctx, run, dir, EMAIL_FILE, files);
  for (const [i, file] of files.entries()) {
    const out = path.join(dir, file);
    await writeDocumentFile(out, emls[i]);
    run.wrote(out);
  }
  return run.done();
}
