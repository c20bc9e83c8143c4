/**
 * Markdown to HTML for the HTML part of emails, with remark. Raw HTML written in a template is
 * dropped (remark-rehype keeps none without `allowDangerousHtml`), and the result is sanitized
 * (GitHub's rules: no scripts, no event handlers, no javascript: links).
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { plainText } from './plainText';
import { frenchTypography } from './typography';

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify, { characterReferences: { useNamedReferences: true } })
  .freeze();

export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * An email body written in Markdown, both ways a mail carries it: the HTML part, and the plain-text
 * part made from the same syntax tree (no stars, links as "text (address)"). French texts get
 * French spacing before ; : ! ? and inside « ».
 */
export function renderBody(markdown: string, locale: string): { html: string; text: string } {
  const tree = processor.parse(markdown);
  if (locale === 'fr') frenchTypography(tree);
  const text = plainText(tree);
  const html = processor.stringify(processor.runSync(tree));
  return { html: String(html), text };
}

/** A value written into Markdown as literal text: every ASCII punctuation backslash-escaped, on one line. */
export function markdownText(value: string): string {
  return oneLine(value).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** A web address as a clickable link when it is a plain http(s) URL, else as literal text. */
export function markdownUrl(value: string): string {
  const v = oneLine(value);
  return /^https?:\/\/[^\s<>"'`\\]+$/i.test(v) ? `<${v}>` : markdownText(v);
}

/** CR, LF and other line breaks become spaces: a value can never start a new line, block or header. */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029\u0085\v\f]+/g, ' ').trim();
}
