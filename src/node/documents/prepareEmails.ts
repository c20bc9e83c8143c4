/**
 * The mails of a template for a session, composed and checked: what the e-mail preview shows and
 * what `emails` writes, so both refuse the same things with the same sentences.
 */
import { CONFIG_FILE } from '../../core/config';
import { composeEmails, type EmailMessage } from '../../core/documents/email/message';
import { isAudience } from '../../core/documents/email/recipients';
import { sessionModel, type SessionModel } from '../../core/documents/sessionModel';
import type { NoRecipient } from '../../core/i18n/documents';
import type { RecordData } from '../../core/recordData';
import { text } from '../../core/records';
import type { Workspace } from '../../core/workspace';
import { findRecord, labelsOf, purgeOf, recordErrors } from './records';
import type { EmailsRequest, Refusal } from './types';

/** Said when atelier.yaml has no `sender` (the same words in every locale, as the CLI always printed them). */
export const NO_SENDER =
  'atelier.yaml has no "sender": it is the From: of generated emails. Add it, e.g. sender: "Name <address@example.org>".';

export type PreparedEmails =
  | {
      status: 'ready';
      template: RecordData;
      session: SessionModel;
      /** One per recipient, in order; never empty. */
      messages: EmailMessage[];
      /** Values the template prints but the session lacks, as sentences. */
      warnings: string[];
    }
  | { status: 'refused'; refusal: Refusal };

const refuse = (refusal: Refusal): PreparedEmails => ({ status: 'refused', refusal });

export function prepareEmails(
  workspace: Workspace,
  { templateId, sessionId }: Pick<EmailsRequest, 'templateId' | 'sessionId'>,
): PreparedEmails {
  const l = labelsOf(workspace);
  const templateFile = findRecord(workspace, templateId, 'email-template');
  if (!templateFile.ok) return refuse(templateFile.refusal);
  const sessionFile = findRecord(workspace, sessionId, 'session');
  if (!sessionFile.ok) return refuse(sessionFile.refusal);
  const errors = recordErrors(workspace, [CONFIG_FILE, templateFile.value, sessionFile.value]);
  if (errors) return refuse(errors);
  const template = workspace.record(templateId, 'email-template');
  const session = sessionModel(workspace, sessionId);
  // Both were found without errors, so both read and the audience is valid: kept for the types.
  if (!template) return refuse({ kind: 'errors', message: l.noRecord('email-template', templateId), records: [] });
  if (!session) return refuse({ kind: 'errors', message: l.noRecord('session', sessionId), records: [] });
  const audience = template.data.audience;
  if (!isAudience(audience))
    return refuse({ kind: 'errors', message: l.hasErrors(templateFile.value, 1), records: [] });
  if (!workspace.config.sender) return refuse({ kind: 'config', message: NO_SENDER });
  const purged = audience === 'participants' ? purgeOf(workspace, sessionId) : undefined;
  if (purged) return refuse({ kind: 'errors', message: l.purgedContacts(sessionId, purged.on), records: [] });
  // The people the mails go to are input too: a broken person record would make a broken address.
  const peopleErrors = recordErrors(workspace, recipientFiles(workspace, session, audience));
  if (peopleErrors) return refuse(peopleErrors);

  const batch = composeEmails({ subject: text(template.data.subject) ?? '', body: template.body, audience }, session);
  if (!batch.messages.length) {
    const why: NoRecipient =
      audience === 'client'
        ? session.client
          ? { kind: 'no-contacts', client: session.client.id }
          : { kind: 'no-client', session: sessionId }
        : { kind: 'nobody', session: sessionId };
    return refuse({ kind: 'usage', message: l.noRecipient(templateId, audience, why) });
  }
  return {
    status: 'ready',
    template,
    session,
    messages: batch.messages,
    warnings: batch.empty.map((e) => l.emptyValue(e.name, e.count)),
  };
}

/** The person records of the people a mail goes to (participants are in the session itself). */
function recipientFiles(workspace: Workspace, session: SessionModel, audience: string): string[] {
  const people =
    audience === 'client' ? (session.client?.contacts ?? []) : audience === 'facilitators' ? session.facilitators : [];
  return people.flatMap((p) =>
    workspace
      .filesWithId(p.id)
      .filter((r) => r.type === 'person')
      .map((r) => r.path),
  );
}
