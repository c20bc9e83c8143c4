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
import { oneLine, renderBody } from './markdown';
import { frenchSpacing } from './typography';
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

/**
 * The messages of a template: to the session's people, or to `directory` (the person records, for
 * `audience: directory`; the session is then an empty one when the template is not sent for one).
 */
export function composeEmails(
  template: EmailTemplate,
  session: SessionModel,
  directory: readonly Recipient[] = [],
): EmailBatch {
  const l = documentLabels(session.config.locale);
  const values = sessionValues(session, l);
  const renderer = new TemplateRenderer();
  const empty = new Map<string, number>();
  const recipients = recipientsOf(template.audience, session, l, directory);
  const locale = session.config.locale;
  const width = String(recipients.length).length;
  const messages = recipients.map((r, i): EmailMessage => {
    const plain = plainView(values, r);
    const printed = new Set(
      [...renderer.printed(template.subject, plain), ...renderer.printed(template.body, plain)].filter(
        isTemplateVariable,
      ),
    );
    for (const name of printed) if (!lookup(plain, name)) empty.set(name, (empty.get(name) ?? 0) + 1);
    const rendered = oneLine(renderer.render(template.subject, plain));
    const subject = locale === 'fr' ? frenchSpacing(rendered) : rendered;
    // Both parts from one Markdown text whose values are escaped: they print as written in both.
    const body = renderBody(renderer.render(template.body, markdownView(values, r)), locale);
    return {
      from: oneLine(session.config.sender ?? ''),
      to: { name: recipientName(r), address: oneLine(r.email) },
      subject,
      text: body.text,
      html: htmlDocument(subject, body.html, locale),
      fileStem: `${String(i + 1).padStart(Math.max(2, width), '0')}-${slug(`${r.last_name} ${r.first_name}`, slug(r.email, 'destinataire'))}`,
    };
  });
  return { messages, empty: [...empty].map(([name, count]) => ({ name, count })) };
}
