/**
 * An e-mail draft as a MIME file (.eml) in the browser, where nodemailer (Node streams and
 * buffers) cannot run: the same shape as the desktop's (src/node/eml.ts) — multipart/alternative,
 * text then HTML, UTF-8, non-ASCII headers as RFC 2047 encoded words, X-Unsent: 1 so mail programs
 * open it as a draft. Bodies are base64, which needs no line-by-line escaping.
 */
import type { EmailMessage } from '../../core';

const CRLF = '\r\n';

function base64(text: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Base64 in lines of 76 characters (RFC 2045). */
function base64Lines(text: string): string {
  return (base64(text).match(/.{1,76}/g) ?? []).join(CRLF);
}

const isPlain = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** A header value: as is when printable ASCII, else one encoded word per short run of characters. */
function headerText(value: string): string {
  if (isPlain(value)) return value;
  const words: string[] = [];
  let chunk = '';
  // Encoded words stay under 75 characters: at most 30 characters of text each (4 UTF-8 bytes at worst).
  for (const ch of value) {
    if (chunk.length >= 30) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(w)}?=`).join(`${CRLF} `);
}

/** `Name <address>` with the name quoted or encoded as needed. */
function mailbox(name: string, address: string): string {
  if (!name) return address;
  const shown = isPlain(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : headerText(name);
  return `${shown} <${address}>`;
}

/** `sender` of atelier.yaml as written ("Name <address>" or a bare address). */
function fromHeader(from: string): string {
  const m = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(from);
  return m ? mailbox(m[1].replace(/^"(.*)"$/, '$1'), m[2]) : from.trim();
}

export function emlOf(m: EmailMessage, date: Date): string {
  const boundary = `atelier-${Math.random().toString(16).slice(2, 14)}`;
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=utf-8`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(body),
    ].join(CRLF);
  return [
    `From: ${fromHeader(m.from)}`,
    `To: ${mailbox(m.to.name, m.to.address)}`,
    `Subject: ${headerText(m.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    part('text/plain', m.text),
    part('text/html', m.html),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}
