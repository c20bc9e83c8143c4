/**
 * Mail merge: one message per recipient from an email template and a session. The subject and
 * the text part are plain text; the HTML part is the Markdown body rendered by remark, with every
 * value escaped. The host turns each message into a MIME file.
 */
import { documentLabels } from '../../i18n/documents';
import { escapeHtml } from '../html';
import { slug } from '../fileNames';
import type { SessionModel } from '../sessionModel';
import { lookup, TemplateRenderer } from '../template/render';
import { isTemplateVariable } from '../template/variables';
import { markdownToHtml, oneLine } from './markdown';
import { recipientsOf, type Audience, type Recipient } from './recipients';
import { markdownView, plainView, sessionValues } from './view';

export interface EmailTemplate {
  subject: string;
  body: string;
  audience: Audience;
}

export interface EmailMessage {
  /** `sender` of atelier.yaml, as written ("Name <address>"). */
  from: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** A file name stem safe on every system: "03-durand-anne". */
  fileStem: string;
}

export interface EmailBatch {
  messages: EmailMessage[];
  /** Variables the template uses that had no value, with how many messages they were empty in. */
  empty: { name: string; count: number }[];
}

function htmlDocument(subject: string, body: string, lang: string): string {
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(subject)}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

function recipientName(r: Recipient): string {
  return oneLine([r.first_name, r.last_name].filter(Boolean).join(' '));
}

export function composeEmails(template: EmailTemplate, session: SessionModel): EmailBatch {
  const l = documentLabels(session.config.locale);
  const values = sessionValues(session, l);
  const renderer = new TemplateRenderer();
  const empty = new Map<string, number>();
  const recipients = recipientsOf(template.audience, session, l);
  const width = String(recipients.length).length;
  const messages = recipients.map((r, i): EmailMessage => {
    const plain = plainView(values, r);
    const printed = new Set(
      [...renderer.printed(template.subject, plain), ...renderer.printed(template.body, plain)].filter(
        isTemplateVariable,
      ),
    );
    for (const name of printed) if (!lookup(plain, name)) empty.set(name, (empty.get(name) ?? 0) + 1);
    const subject = oneLine(renderer.render(template.subject, plain));
    return {
      from: oneLine(session.config.sender ?? ''),
      to: { name: recipientName(r), address: oneLine(r.email) },
      subject,
      text: renderer.render(template.body, plain).trim() + '\n',
      html: htmlDocument(
        subject,
        markdownToHtml(renderer.render(template.body, markdownView(values, r))),
        session.config.locale,
      ),
      fileStem: `${String(i + 1).padStart(Math.max(2, width), '0')}-${slug(`${r.last_name} ${r.first_name}`, slug(r.email, 'destinataire'))}`,
    };
  });
  return { messages, empty: [...empty].map(([name, count]) => ({ name, count })) };
}
