/** Missions: ordered vs planned vs done (per mission and per kind), retributions to request, missions ready to close. */
import type { MissionRow } from '../../../core/dashboard/model';
import { barChart } from '../charts';
import { block, el, meter, recordLink, section, sources, table } from '../dom';
import type { View } from '../view';

export function missionsSection(v: View): HTMLElement {
  const { model, l } = v;
  const m = model.missions;
  const kind = (k: string) => l.kinds[k] ?? k;
  const count = (n: number) => String(n);

  const kindChart = m.by_kind.length
    ? barChart({
        labels: m.by_kind.map((k) => kind(k.kind)),
        series: [
          { label: l.ordered, data: m.by_kind.map((k) => k.ordered), color: 'blue' },
          { label: l.planned, data: m.by_kind.map((k) => k.planned), color: 'yellow' },
          { label: l.done, data: m.by_kind.map((k) => k.done), color: 'green' },
        ],
        format: count,
        description: `${l.byKind}: ${m.by_kind.map((k) => `${kind(k.kind)} ${k.ordered}/${k.planned}/${k.done}`).join(', ')}`,
      })
    : null;
  const kindTable = table(
    [
      { title: l.kind, cell: (k) => sources(k.sessions, kind(k.kind), l.more) },
      { title: l.ordered, cell: (k) => k.ordered, numeric: true },
      {
        title: l.planned,
        cell: (k) => el('span', { class: k.planned > k.ordered ? 'warn' : undefined }, String(k.planned)),
        numeric: true,
      },
      { title: l.done, cell: (k) => k.done, numeric: true },
    ],
    m.by_kind,
    { class: 'figures', 'data-figure': 'missions-by-kind' },
  );

  // Kind by kind, each unfolding into the sessions planned for it.
  const kinds = (r: MissionRow) =>
    el(
      'details',
      {},
      el('summary', {}, `${r.planned} / ${r.ordered}`),
      el(
        'ul',
        { class: 'sources' },
        ...r.by_kind.map((k) =>
          el(
            'li',
            {},
            sources(
              k.sessions,
              `${kind(k.kind)} : ${k.planned} / ${k.ordered}, ${l.done.toLowerCase()} ${k.done}`,
              l.more,
            ),
          ),
        ),
      ),
    );
  const missionTable = table(
    [
      { title: l.mission, cell: (r) => recordLink(r) },
      { title: l.client, cell: (r) => (r.client ? recordLink(r.client) : l.none) },
      { title: l.status, cell: (r) => (r.status ? (l.missionStatuses[r.status] ?? r.status) : l.none) },
      { title: `${l.planned} / ${l.ordered}`, cell: (r) => kinds(r) },
      {
        title: '',
        cell: (r) =>
          meter(r.ordered ? r.planned / r.ordered : null, `${r.planned} / ${r.ordered}`, r.planned > r.ordered),
      },
      { title: l.done, cell: (r) => sources(r.done_sessions, String(r.done), l.more), numeric: true },
    ],
    m.list.items,
    { 'data-figure': 'missions' },
  );

  const retributions = m.retributions.count
    ? el(
        'ul',
        { class: 'items', 'data-figure': 'retributions' },
        ...m.retributions.items.map((r) =>
          el(
            'li',
            { class: r.now ? 'now' : undefined },
            recordLink(r.mission),
            ' — ',
            sources(r.sessions, l.sessionsCount(r.sessions.count), l.more),
            ' — ',
            el('span', { class: r.now ? 'ok' : 'muted' }, r.now ? l.retributionNow : l.retributionFrom(r.from)),
          ),
        ),
      )
    : el('p', { class: 'muted' }, l.nothing);
  const ready = m.ready_to_close.count
    ? el(
        'ul',
        { class: 'items', 'data-figure': 'ready-to-close' },
        ...m.ready_to_close.items.map((r) => el('li', {}, recordLink(r), ` (${l.sessionsCount(r.sessions)})`)),
      )
    : el('p', { class: 'muted' }, l.nothing);

  return section(
    'missions',
    l.missions,
    el(
      'div',
      { class: 'grid two' },
      block(l.byKind, kindChart, kindTable),
      el('div', {}, block(l.retributions, retributions), block(l.readyToClose, ready)),
    ),
    block(
      `${l.missions} (${m.list.count})`,
      missionTable,
      m.list.count > m.list.items.length
        ? el('p', { class: 'muted' }, l.more(m.list.count - m.list.items.length))
        : null,
    ),
  );
}
