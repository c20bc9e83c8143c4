/**
 * French typography in the text of an email: a narrow no-break space (U+202F) before ; : ! ? and
 * inside « », where the writer put a space or none. Only text nodes of the Markdown tree are
 * touched, never a link's address, code, or a colon without a space before it (09:30, https:).
 */
import type { Nodes, Root } from 'mdast';

const NARROW = '\u202f';

/** The French spacing of one run of text. */
export function frenchSpacing(text: string): string {
  return (
    text
      // A space (or a no-break space) before ; : ! ? becomes a narrow no-break one; none is added
      // where the writer put none (a time, an address, "?!" glued on purpose).
      .replace(/[ \u00a0\u202f]+([;:!?])/g, `${NARROW}$1`)
      .replace(/«[ \u00a0\u202f]*/g, `«${NARROW}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NARROW}»`)
  );
}

function walk(node: Nodes): void {
  if (node.type === 'text') node.value = frenchSpacing(node.value);
  // A link's text that is its own address (an autolink) stays as written.
  if (node.type === 'link' && node.children.length === 1 && node.children[0].type === 'text') {
    if (node.children[0].value === node.url) return;
  }
  if ('children' in node) for (const c of node.children) walk(c as Nodes);
}

/** Applies French spacing to every text node of the tree, in place. */
export function frenchTypography(tree: Root): void {
  walk(tree);
}
