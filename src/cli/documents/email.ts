/** `atelier email TEMPLATE_ID --session SESSION_ID [--out DIR]`: one .eml per recipient. */
import * as path from 'path';
import { composeEmails } from '../../core/documents/email/message';
import { isAudience } from '../../core/documents/email/recipients';
import { EMAIL_FILE, safeSegment } from '../../core/documents/fileNames';
import { sessionModel } from '../../core/documents/sessionModel';
import type { NoRecipient } from '../../core/i18n/documents';
import { text } from '../../core/records';
import { buildEml } from '../../node/eml';
import type { CliIo } from '../cli';
import { UsageError } from '../usage';
import {
  fromCwd,
  openContext,
  outputFolder,
  recordPath,
  removeEarlier,
  reportErrors,
  singleId,
  warn,
  writeOutput,
  type CommandInput,
} from './input';

export async function emailCommand(input: CommandInput, io: CliIo): Promise<number> {
  const templateId = singleId(input, 'template id');
  const sessionId = input.flag('--session');
  if (!sessionId) throw new UsageError('email needs --session SESSION_ID');
  const ctx = await openContext(input, io);
  const templateFile = recordPath(ctx, templateId, 'email-template');
  const sessionFile = recordPath(ctx, sessionId, 'session');
  if (reportErrors(ctx, [templateFile, sessionFile])) return 1;
  const template = ctx.workspace.record(templateId, 'email-template');
  const session = sessionModel(ctx.workspace, sessionId);
  if (!template || !session) return 1;
  const audience = template.data.audience;
  if (!isAudience(audience)) return 1;
  if (!ctx.workspace.config.sender) {
    warn(
      ctx,
      'atelier.yaml has no "sender": it is the From: of generated emails. Add it, e.g. sender: "Name <address@example.org>".',
    );
    return 1;
  }
  // The people the mails go to are input too: a broken person record would make a broken address.
  const people =
    audience === 'client' ? (session.client?.contacts ?? []) : audience === 'facilitators' ? session.facilitators : [];
  const peopleFiles = people.flatMap((p) =>
    ctx.workspace.index
      .recordsWithId(p.id)
      .filter((r) => r.type === 'person')
      .map((r) => r.path),
  );
  if (reportErrors(ctx, peopleFiles)) return 1;

  const batch = composeEmails({ subject: text(template.data.subject) ?? '', body: template.body, audience }, session);
  if (!batch.messages.length) {
    const why: NoRecipient =
      audience === 'client'
        ? session.client
          ? { kind: 'no-contacts', client: session.client.id }
          : { kind: 'no-client', session: sessionId }
        : { kind: 'nobody', session: sessionId };
    throw new UsageError(ctx.labels.noRecipient(templateId, audience, why));
  }
  for (const e of batch.empty) warn(ctx, ctx.labels.emptyValue(e.name, e.count));
  const dir = input.flag('--out')
    ? fromCwd(ctx, input.flag('--out') as string)
    : outputFolder(ctx, safeSegment(sessionId), 'emails', safeSegment(templateId));
  const now = new Date();
  // Built before the earlier run's drafts go (to people since removed, numbered differently): a failure leaves them as they were.
  const emls = await Promise.all(batch.messages.map((m) => buildEml(m, now)));
  const files = batch.messages.map((m) => `${m.fileStem}.eml`);
  await removeEarlier(ctx, dir, EMAIL_FILE, files);
  for (const [i, file] of files.entries()) await writeOutput(ctx, path.join(dir, file), emls[i]);
  return 0;
}
