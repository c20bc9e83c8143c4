/** To do this week: reminders from the rules, each opening its record. */
import type { Link, Listing, TodoRow } from '../../../core/dashboard/model';
import { append, el, recordLink, section, table } from '../dom';
import type { View } from '../view';

export function todosSection(v: View): HTMLElement {
  const { model, l } = v;
  // The detail names the record again for most kinds: say only what the link does not.
  const detail = (r: TodoRow) => {
    if (r.kind === 'mission-close') return l.sessionsCount(Number(r.detail));
    const rest = r.detail.startsWith(r.label) ? r.detail.slice(r.label.length).trim() : r.detail;
    const count = /^\((\d+)\)$/.exec(rest); // purge: "Title (12)"
    return count ? `${l.participants} : ${count[1]}` : rest;
  };
  // Retribution requests: the sessions to request, each opening its file.
  const sessions = (links: Listing<Link>) => {
    const out = el('span', {});
    links.items.forEach((s, i) => append(out, [i ? ', ' : null, recordLink(s)]));
    if (links.count > links.items.length) append(out, [` ${l.more(links.count - links.items.length)}`]);
    return out;
  };
  const t = model.todos;
  const body = t.count
    ? table(
        [
          {
            title: l.due,
            cell: (r) =>
              el('span', { class: r.overdue ? 'warn' : undefined }, r.overdue ? `${r.due} (${l.overdue})` : r.due),
            nowrap: true,
          },
          { title: '', cell: (r) => el('span', { title: r.why }, l.todoKinds[r.kind]) },
          { title: l.open, cell: (r) => recordLink(r) },
          {
            title: '',
            cell: (r) => (r.sessions?.count ? sessions(r.sessions) : el('span', { class: 'muted' }, detail(r))),
          },
        ],
        t.items,
        { 'data-figure': 'todos' },
      )
    : el('p', { class: 'muted' }, l.nothing);
  return section(
    'todos',
    `${l.todos} (${t.count})`,
    body,
    t.count > t.items.length ? el('p', { class: 'muted' }, l.more(t.count - t.items.length)) : null,
  );
}
