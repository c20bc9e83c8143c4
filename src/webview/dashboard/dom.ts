/**
 * DOM helpers. Every workspace string goes in through textContent or an attribute value, never
 * innerHTML: a participant named `<img src=x onerror=…>` stays text.
 */
import type { Link, Listing } from '../../core/dashboard/model';

export type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  append(e, children);
  return e;
}

export function append(parent: Element, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(typeof c === 'number' ? String(c) : c);
  }
}

/** A link to a workspace file; the click is handled once, for the whole page (no inline handler). */
export function fileLink(path: string, text: string, line?: number, column?: number): HTMLAnchorElement {
  // A label of one token (a quote number, an id) must not break at its hyphens; titles wrap.
  const oneToken = !/\s/.test(text.trim());
  const a = el(
    'a',
    { href: '#', class: oneToken ? 'file-link nowrap' : 'file-link', title: line ? `${path}:${line}` : path },
    text,
  );
  a.dataset.path = path;
  if (line) a.dataset.line = String(line);
  if (column) a.dataset.column = String(column);
  return a;
}

export function recordLink(link: Link, text = link.label): HTMLElement {
  return link.path ? fileLink(link.path, text) : el('span', {}, text);
}

/**
 * Links to the records behind an aggregate figure, in a disclosure, with "and N more". The list is
 * built when first opened: a page has hundreds of these, and the first paint needs none.
 */
export function sources(links: Listing<Link>, summary: Child, more: (n: number) => string): HTMLElement {
  if (!links.count) return el('span', {}, summary);
  const details = el('details', {}, el('summary', {}, summary));
  const fill = () => {
    if (details.querySelector('ul.sources')) return;
    const list = el('ul', { class: 'sources' }, ...links.items.map((l) => el('li', {}, recordLink(l))));
    if (links.count > links.items.length)
      list.append(el('li', { class: 'muted' }, more(links.count - links.items.length)));
    details.append(list);
  };
  // On the click, before the browser opens it (so the list shows at once); on `toggle` for any other way.
  details.firstElementChild!.addEventListener('click', fill);
  details.addEventListener('toggle', () => details.open && fill());
  return details;
}

/** A horizontal bar for a rate between 0 and 1 (CSSOM width: allowed by the CSP, unlike style attributes). */
export function meter(rate: number | null, label: string, over = false): HTMLElement {
  const fill = el('span', { class: `meter-fill${over ? ' over' : ''}` });
  fill.style.width = `${Math.min(100, Math.max(0, (rate ?? 0) * 100))}%`;
  return el('span', { class: 'meter', role: 'img', 'aria-label': label }, fill);
}

export interface Column<T> {
  title: string;
  cell: (row: T) => Child;
  numeric?: boolean;
  /** A date, a quote number: one token that must not break at its hyphens in a narrow panel. */
  nowrap?: boolean;
}

const cellClass = (c: { numeric?: boolean; nowrap?: boolean }) =>
  [c.numeric ? 'num' : '', c.nowrap ? 'nowrap' : ''].filter(Boolean).join(' ') || undefined;

export function table<T>(
  columns: readonly Column<T>[],
  rows: readonly T[],
  attrs: Record<string, string> = {},
): HTMLTableElement {
  const head = el(
    'thead',
    {},
    el('tr', {}, ...columns.map((c) => el('th', { scope: 'col', class: cellClass(c) }, c.title))),
  );
  const body = el(
    'tbody',
    {},
    ...rows.map((r) => el('tr', {}, ...columns.map((c) => el('td', { class: cellClass(c) }, c.cell(r))))),
  );
  return el('table', attrs, head, body);
}

/** A section with a heading and an id the summary cards scroll to. */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return el('section', { id, 'aria-labelledby': `${id}-title` }, el('h2', { id: `${id}-title` }, title), ...children);
}

export function block(title: string, ...children: Child[]): HTMLElement {
  return el('div', { class: 'block' }, el('h3', {}, title), ...children);
}
