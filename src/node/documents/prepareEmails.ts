/**
 * The mails of a template for a session, composed and checked: what the e-mail preview shows and
 * what `emails` writes, so both refuse the same things with the same sentences.
 */
import { CONFIG_FILE } from '../../core/config';
import { composeEmails, type EmailMessage } from '../../core/documents/email/message';
import { isAudience } from '../../core/documents/email/recipients';
import { longDate } from '../../core/documents/dates';
import type { Recipient } from '../../core/documents/email/recipients';
import { personModel, sessionModel, type SessionModel } from '../../core/documents/sessionModel';
import type { NoRecipient } from '../../core/i18n/documents';
import type { RecordData } from '../../core/recordData';
import { list, text } from '../../core/records';
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
      /** The session the mails are for; undefined for a directory mail sent for no session. */
      session: SessionModel | undefined;
      /** One per recipient, in order; never empty. */
      messages: EmailMessage[];
      /** Values the template prints but the session lacks, as sentences. */
      warnings: string[];
    }
  | { status: 'refused'; refusal: Refusal };

const refuse = (refusal: Refusal): PreparedEmails => ({ status: 'refused', refusal });

export function prepareEmails(
  workspace: Workspace,
  { templateId, sessionId, force }: Pick<EmailsRequest, 'templateId' | 'sessionId' | 'force'>,
): PreparedEmails {
  const l = labelsOf(workspace);
  const templateFile = findRecord(workspace, templateId, 'email-template');
  if (!templateFile.ok) return refuse(templateFile.refusal);
  const sessionFile = sessionId ? findRecord(workspace, sessionId, 'session') : undefined;
  if (sessionFile && !sessionFile.ok) return refuse(sessionFile.refusal);
  const errors = recordErrors(workspace, [
    CONFIG_FILE,
    templateFile.value,
    ...(sessionFile ? [sessionFile.value] : []),
  ]);
  if (errors) return refuse(errors);
  const template = workspace.record(templateId, 'email-template');
  // Found without errors, so it reads and the audience is valid: kept for the types.
  if (!template) return refuse({ kind: 'errors', message: l.noRecord('email-template', templateId), records: [] });
  const audience = template.data.audience;
  if (!isAudience(audience))
    return refuse({ kind: 'errors', message: l.hasErrors(templateFile.value, 1), records: [] });
  // A directory mail needs no session; the others are written for one.
  if (!sessionId && audience !== 'directory')
    return refuse({ kind: 'usage', message: l.emailNeedsSession(templateId, audience) });
  const session = sessionId ? sessionModel(workspace, sessionId) : undefined;
  if (sessionId && !session) return refuse({ kind: 'errors', message: l.noRecord('session', sessionId), records: [] });
  if (!workspace.config.sender) return refuse({ kind: 'config', message: NO_SENDER });
  const purged = audience === 'participants' && sessionId ? purgeOf(workspace, sessionId) : undefined;
  if (purged && sessionId)
    return refuse({ kind: 'errors', message: l.purgedContacts(sessionId, purged.on), records: [] });
  // The people the mails go to are input too: a broken person record would make a broken address.
  const directory = audience === 'directory' ? directoryOf(workspace) : [];
  const peopleErrors = recordErrors(
    workspace,
    audience === 'directory'
      ? directory.map((d) => d.path)
      : session
        ? recipientFiles(workspace, session, audience)
        : [],
  );
  if (peopleErrors) return refuse(peopleErrors);

  const batch = composeEmails(
    { subject: text(template.data.subject) ?? '', body: template.body, audience },
    session ?? noSession(workspace),
    directory.map((d) => d.recipient),
  );
  if (!batch.messages.length) {
    const why: NoRecipient =
      audience === 'directory'
        ? { kind: 'empty-directory' }
        : audience === 'client'
          ? session?.client
            ? { kind: 'no-contacts', client: session.client.id }
            : { kind: 'no-client', session: sessionId ?? '' }
          : { kind: 'nobody', session: sessionId ?? '' };
    return refuse({ kind: 'usage', message: l.noRecipient(templateId, audience, why) });
  }
  // Last: what is wrong with the request or the data is said first, and --force overrides only this.
  if (session && !force) {
    const untimely = timing(workspace, templateId, text(template.data.when), session);
    if (untimely) return refuse({ kind: 'state', message: untimely });
  }
  return {
    status: 'ready',
    template,
    session,
    messages: batch.messages,
    warnings: batch.empty.map((e) => l.emptyValue(e.name, e.count)),
  };
}

/**
 * Why the template makes no sense for this session today (format.md `when:`), or undefined: never
 * for a cancelled session; `before` while its first slot is not past; `after` once its last slot's
 * day has come. Days, not hours: `--today` sets the day, and a slot of today may still be to come.
 */
function timing(
  workspace: Workspace,
  templateId: string,
  when: string | undefined,
  s: SessionModel,
): string | undefined {
  const l = labelsOf(workspace);
  if (s.status === 'cancelled') return l.emailCancelled(templateId, s.id);
  const days = s.slots.map((x) => x.date).sort();
  const first = days[0];
  const last = days[days.length - 1];
  const today = workspace.today;
  if (when === 'before' && first && first < today) return l.emailTooLate(templateId, s.id, longDate(first, l));
  if (when === 'after' && last && last > today) return l.emailTooEarly(templateId, s.id, longDate(last, l));
  return undefined;
}

/** A directory mail sent for no session: no session values, only the workspace's. */
function noSession(workspace: Workspace): SessionModel {
  return { id: '', path: '', title: '', slots: [], facilitators: [], participants: [], config: workspace.config };
}

/**
 * Everyone in the directory with an email (the person records), with the organisation they are in:
 * the client that lists them as a contact, else the workspace's organisation for its own people.
 */
function directoryOf(workspace: Workspace): { path: string; recipient: Recipient }[] {
  const l = labelsOf(workspace);
  const clientOf = new Map<string, string>();
  for (const c of workspace.records().filter((r) => r.type === 'client')) {
    const data = workspace.record(c.id, 'client')?.data;
    for (const id of list(data?.contacts))
      if (typeof id === 'string' && !clientOf.has(id)) clientOf.set(id, text(data?.name) ?? c.id);
  }
  return workspace
    .records()
    .filter((r) => r.type === 'person')
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((r) => {
      const p = personModel(workspace, r.id);
      if (!p.email) return [];
      const own = p.roles.some((x) => x === 'facilitator' || x === 'coordinator');
      return [
        {
          path: r.path,
          recipient: {
            first_name: p.first_name,
            last_name: p.last_name,
            email: p.email,
            organisation: clientOf.get(r.id) ?? (own ? workspace.config.organisation : ''),
            function: p.roles.map((x) => l.roles[x] ?? x).join(', '),
          },
        },
      ];
    });
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
