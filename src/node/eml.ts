/**
 * An email message as a MIME file (.eml) built by nodemailer's MailComposer: multipart/alternative
 * (text, then HTML), UTF-8, headers encoded per RFC 2047, a draft mark (X-Unsent: 1) so mail
 * programs open it ready to send. MailComposer reads no file and no URL here. Every line ends in
 * CRLF, as RFC 5322 asks: the parts are given with CRLF (MailComposer keeps their line ends as given).
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { EmailMessage } from '../core/documents/email/message';

/** Every line break as CRLF (a lone CR or LF included). */
const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');

export function buildEml(m: EmailMessage, date: Date): Promise<Buffer> {
  const composer = new MailComposer({
    from: m.from,
    to: { name: m.to.name, address: m.to.address },
    subject: m.subject,
    date,
    text: crlf(m.text),
    html: crlf(m.html),
    textEncoding: 'quoted-printable',
    headers: { 'X-Unsent': '1' },
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
