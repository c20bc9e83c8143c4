/** Problems: the workspace's diagnostics as a sortable table; each row opens the file at the line (as Fava's errors page). */
import type { ProblemRow } from '../../../core/dashboard/model';
import { el, fileLink, section } from '../dom';
import type { DashboardViewState } from '../protocol';
import type { View } from '../view';

type SortColumn = DashboardViewState['sort']['column'];
const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

function compare(column: SortColumn): (a: ProblemRow, b: ProblemRow) => number {
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const byPlace = (a: ProblemRow, b: ProblemRow) => byText(a.file, b.file) || a.line - b.line || a.column - b.column;
  switch (column) {
    case 'severity':
      return (a, b) => RANK[a.severity] - RANK[b.severity] || byPlace(a, b);
    case 'code':
      return (a, b) => byText(a.code, b.code) || byPlace(a, b);
    case 'message':
      return (a, b) => a.message.localeCompare(b.message) || byPlace(a, b);
    case 'line':
      return (a, b) => a.line - b.line || byPlace(a, b);
    default:
      return byPlace;
  }
}

export function problemsSection(v: View): HTMLElement {
  const { model, l, state } = v;
  const p = model.problems;
  const summary = el('p', { 'data-figure': 'problem-counts' }, l.problemCounts(p.errors, p.warnings, p.infos));
  if (!p.rows.count) return section('problems', l.problems, summary);

  const { column, descending } = state.sort;
  const rows = [...p.rows.items].sort(compare(column));
  if (descending) rows.reverse();
  const header = (c: SortColumn, title: string) => {
    const b = el(
      'button',
      { class: 'sort', type: 'button', 'data-sort': c },
      title,
      c === column ? (descending ? ' ▼' : ' ▲') : '',
    );
    b.addEventListener('click', () =>
      v.update({ sort: { column: c, descending: c === column ? !descending : false } }),
    );
    return el(
      'th',
      { scope: 'col', 'aria-sort': c === column ? (descending ? 'descending' : 'ascending') : 'none' },
      b,
    );
  };
  const table = el(
    'table',
    { id: 'problems-table', 'data-figure': 'problems' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        header('severity', l.severity),
        header('file', l.file),
        header('line', l.line),
        header('code', l.diagnosticCode),
        header('message', l.message),
      ),
    ),
    el(
      'tbody',
      {},
      ...rows.map((r) =>
        el(
          'tr',
          { class: `sev-${r.severity}` },
          el('td', {}, el('span', { class: `badge ${r.severity}` }, l.severities[r.severity])),
          el('td', {}, fileLink(r.file, r.file, r.line, r.column)),
          el('td', { class: 'num' }, String(r.line)),
          el('td', {}, el('code', {}, r.code)),
          el('td', {}, r.message),
        ),
      ),
    ),
  );
  return section(
    'problems',
    l.problems,
    summary,
    table,
    p.rows.count > p.rows.items.length ? el('p', { class: 'muted' }, l.more(p.rows.count - p.rows.items.length)) : null,
  );
}
