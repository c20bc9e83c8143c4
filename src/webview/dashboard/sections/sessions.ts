/** Sessions: the next 30 days with their fill rate, attendance per programme and per session, past ones still planned. */
import { barChart } from '../charts';
import { block, el, meter, recordLink, section, sources, table } from '../dom';
import type { View } from '../view';

export function sessionsSection(v: View): HTMLElement {
  const { model, l, f } = v;
  const s = model.sessions;
  const kind = (k: string | null) => (k ? (l.kinds[k] ?? k) : l.none);
  const days = (a: string, b: string) => (a === b ? a : `${a} → ${b}`);
  const more = (count: number, shown: number) =>
    count > shown ? el('p', { class: 'muted' }, l.more(count - shown)) : null;

  const upcoming = s.upcoming.count
    ? table(
        [
          { title: l.days, cell: (r) => days(r.first_date, r.last_date), nowrap: true },
          { title: l.sessions, cell: (r) => recordLink(r) },
          { title: l.kind, cell: (r) => kind(r.kind) },
          { title: l.status, cell: (r) => (r.status ? (l.sessionStatuses[r.status] ?? r.status) : l.none) },
          {
            title: `${l.participants} / ${l.capacity}`,
            cell: (r) => `${r.participants} / ${r.capacity ?? l.none}`,
            numeric: true,
          },
          {
            title: l.fillRate,
            cell: (r) =>
              el(
                'span',
                { class: 'with-meter' },
                meter(r.fill_rate, f.percent(r.fill_rate), (r.fill_rate ?? 0) > 1),
                f.percent(r.fill_rate),
              ),
            numeric: true,
          },
        ],
        s.upcoming.items,
        { 'data-figure': 'upcoming' },
      )
    : el('p', { class: 'muted' }, l.nothing);

  const programmes = s.by_programme;
  const programmeChart = programmes.length
    ? barChart({
        labels: programmes.map((p) => p.label),
        series: [{ label: l.attendanceRate, data: programmes.map((p) => p.rate ?? 0), color: 'purple' }],
        horizontal: true,
        maxValue: 1,
        format: (x) => f.percent(x),
        height: 60 + 36 * programmes.length,
        description: `${l.attendanceByProgramme}: ${programmes.map((p) => `${p.label} ${f.percent(p.rate)}`).join(', ')}`,
      })
    : null;
  const programmeTable = table(
    [
      { title: l.programme, cell: (p) => recordLink(p) },
      { title: l.sessions, cell: (p) => sources(p.session_links, String(p.sessions), l.more), numeric: true },
      { title: l.attendanceRate, cell: (p) => f.percent(p.rate), numeric: true },
      { title: '', cell: (p) => el('span', { class: 'muted' }, l.presentOfRecorded(p.present, p.recorded)) },
    ],
    programmes,
    { class: 'figures', 'data-figure': 'attendance-by-programme' },
  );

  const perSession = table(
    [
      { title: l.date, cell: (r) => r.first_date ?? l.none, nowrap: true },
      { title: l.sessions, cell: (r) => recordLink(r) },
      { title: l.attendanceRate, cell: (r) => f.percent(r.rate), numeric: true },
      { title: '', cell: (r) => el('span', { class: 'muted' }, l.presentOfRecorded(r.present, r.recorded)) },
    ],
    s.attendance.items,
    { 'data-figure': 'attendance' },
  );

  const past = s.past_planned.count
    ? el(
        'ul',
        { class: 'items', 'data-figure': 'past-planned' },
        ...s.past_planned.items.map((r) => el('li', {}, recordLink(r), ` — ${l.lastDay} ${r.last_date}`)),
      )
    : el('p', { class: 'muted' }, l.nothing);

  return section(
    'sessions',
    l.sessions,
    block(`${l.upcoming} (${s.upcoming.count})`, upcoming, more(s.upcoming.count, s.upcoming.items.length)),
    el(
      'div',
      { class: 'grid two' },
      block(
        l.attendanceByProgramme,
        programmeChart,
        programmes.length ? programmeTable : el('p', { class: 'muted' }, l.nothing),
      ),
      block(l.pastPlanned, past),
    ),
    block(
      `${l.attendance} (${s.attendance.count})`,
      s.attendance.count ? perSession : el('p', { class: 'muted' }, l.nothing),
      more(s.attendance.count, s.attendance.items.length),
    ),
  );
}
