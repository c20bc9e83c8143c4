/**
 * The text/plain part of an email from the Markdown syntax tree (mdast), as a reader expects it:
 * emphasis without its stars, a link as "text (address)", lists with dashes or numbers,
 * paragraphs apart. Raw HTML written in a template is left out, as in the HTML part.
 */
import type { Nodes, Parents, Root } from 'mdast';

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return '';
    case 'image':
      return node.alt ?? '';
    case 'link': {
      const label = children(node);
      const bare = node.url.replace(/^mailto:/i, '');
      // An address written as itself (<https://…>) prints once.
      return label === node.url || label === bare ? label : `${label} (${bare})`;
    }
    default:
      return 'children' in node ? children(node) : 'value' in node ? String(node.value) : '';
  }
}

function children(node: Parents): string {
  return node.children.map((c) => inline(c as Nodes)).join('');
}

const indent = (text: string, by: string) => text.replace(/\n(?=.)/g, `\n${by}`);

function block(node: Nodes): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return children(node);
    case 'thematicBreak':
      return '—';
    case 'code':
      return node.value;
    case 'blockquote':
      return blocks(node.children).replace(/^/gm, '> ');
    case 'list': {
      const start = node.start ?? 1;
      return node.children
        .map((item, i) => {
          const mark = node.ordered ? `${start + i}. ` : '- ';
          const body = item.children.map(block).join(node.spread || item.spread ? '\n\n' : '\n');
          return mark + indent(body, ' '.repeat(mark.length));
        })
        .join(node.spread ? '\n\n' : '\n');
    }
    case 'html':
      return '';
    default:
      return inline(node);
  }
}

function blocks(nodes: readonly Nodes[]): string {
  return nodes
    .map(block)
    .filter((b) => b.trim() !== '')
    .join('\n\n');
}

export function plainText(tree: Root): string {
  return blocks(tree.children).trim() + '\n';
}
