/** Quotes: value by status, conversion, accepted value per month, expiring soon, the quotes themselves. */
import type { ChannelRevenue, Money, NetMoney, QuoteRow, RecurringMoney } from '../../../core/dashboard/model';
import { barChart } from '../charts';
import { block, el, recordLink, section, sources, table, type Column } from '../dom';
import { monthPeriod } from '../period';
import type { View } from '../view';

const DECIDED = ['accepted', 'refused', 'expired'];

export function quotesSection(v: View): HTMLElement {
  const { model, l, f } = v;
  const q = model.quotes;
  const status = (s: string | null) => (s ? (l.quoteStatuses[s] ?? s) : l.none);
  const narrow = (s: string) => v.update({ quoteStatus: v.state.quoteStatus === s ? undefined : s });
  // An amount and its recurring parts, the same in every table (the column says HT or TTC): "11 968,00 € + 600,00 € / semaine";
  // a narrow table breaks the line between the parts, never inside one.
  const amount = (r: Money & { recurring: RecurringMoney[] }, key: keyof Money) =>
    el(
      'span',
      { class: 'amount' },
      el('span', {}, f.money(r[key])),
      ...r.recurring.flatMap((x) => [' ', el('span', {}, `+ ${f.money(x[key])} / ${l.perPeriod[x.period]}`)]),
    );

  const statusButton = (s: string) => {
    const b = el(
      'button',
      { class: 'link', type: 'button', 'aria-pressed': String(v.state.quoteStatus === s) },
      status(s),
    );
    b.addEventListener('click', () => narrow(s));
    return b;
  };
  const byStatus = table(
    [
      { title: l.status, cell: (r) => statusButton(r.status) },
      { title: l.count, cell: (r) => r.count, numeric: true },
      { title: l.ht, cell: (r) => amount(r, 'total_ht'), numeric: true },
      { title: l.ttc, cell: (r) => amount(r, 'total_ttc'), numeric: true },
    ],
    q.by_status,
    { class: 'figures', 'data-figure': 'quotes-by-status' },
  );
  const statusChart = barChart({
    labels: q.by_status.map((s) => status(s.status)),
    series: [{ label: l.ht, data: q.by_status.map((s) => s.total_ht), color: 'blue' }],
    format: f.money,
    tick: f.moneyRound,
    onClick: (i) => narrow(q.by_status[i].status),
    description: `${l.quotes}: ${q.by_status.map((s) => `${status(s.status)} ${f.money(s.total_ht)}`).join(', ')}`,
  });

  const conversion = el(
    'button',
    {
      class: 'big link',
      type: 'button',
      'data-figure': 'conversion',
      'aria-pressed': String(v.state.quoteStatus === 'decided'),
    },
    f.percent(q.conversion.rate),
  );
  conversion.addEventListener('click', () => narrow('decided'));

  const months = q.accepted_by_month;
  const monthChart = months.length
    ? barChart({
        labels: months.map((m) => f.month(m.month)),
        series: [{ label: l.ht, data: months.map((m) => m.total_ht), color: 'green' }],
        format: f.money,
        tick: f.moneyRound,
        onClick: (i) =>
          v.update({ preset: 'custom', filters: { ...v.state.filters, ...monthPeriod(months[i].month) } }, true),
        description: `${l.acceptedByMonth}: ${months.map((m) => `${f.month(m.month)} ${f.money(m.total_ht)}`).join(', ')}`,
      })
    : null;
  const monthTable = table(
    [
      { title: l.month, cell: (m) => f.month(m.month) },
      { title: l.count, cell: (m) => sources(m.quotes, String(m.count), l.more), numeric: true },
      { title: l.ht, cell: (m) => f.money(m.total_ht), numeric: true },
      { title: l.ttc, cell: (m) => f.money(m.total_ttc), numeric: true },
    ],
    months.filter((m) => m.count > 0),
    { class: 'figures', 'data-figure': 'accepted-by-month' },
  );

  const expiring = q.expiring.count
    ? table(
        [
          { title: l.number, cell: (e) => recordLink(e), nowrap: true },
          { title: l.status, cell: (e) => status(e.status) },
          { title: l.validUntil, cell: (e) => e.valid_until, nowrap: true },
          {
            title: '',
            cell: (e) => el('span', { class: e.days_left < 0 ? 'warn' : undefined }, l.daysLeft(e.days_left)),
          },
          { title: l.ttc, cell: (e) => f.money(e.total_ttc), numeric: true },
        ],
        q.expiring.items,
        { 'data-figure': 'expiring' },
      )
    : el('p', { class: 'muted' }, l.nothing);

  // Revenue per channel: gross, commission and net, each with its recurring part apart, then the total.
  const net = (r: ChannelRevenue, key: keyof NetMoney) =>
    el(
      'span',
      { class: 'amount' },
      el('span', {}, f.money(r[key])),
      ...r.recurring.flatMap((x) => [' ', el('span', {}, `+ ${f.money(x[key])} / ${l.perPeriod[x.period]}`)]),
    );
  const channelName = (r: ChannelRevenue) =>
    `${l.channelNames[r.channel] ?? r.channel}${r.commission_rate === null ? '' : ` (${f.percent(r.commission_rate)})`}`;
  const channels = q.by_channel.length
    ? table(
        [
          {
            title: l.channelColumn,
            cell: (r) => (r.channel === 'total' ? el('b', {}, channelName(r)) : channelName(r)),
          },
          { title: l.count, cell: (r) => r.count, numeric: true },
          { title: `${l.gross} ${l.ht}`, cell: (r) => net(r, 'gross_ht'), numeric: true },
          { title: l.commission, cell: (r) => net(r, 'commission_ht'), numeric: true },
          { title: `${l.net} ${l.ht}`, cell: (r) => net(r, 'net_ht'), numeric: true },
        ],
        [...q.by_channel, q.channel_total],
        { class: 'figures', 'data-figure': 'revenue-by-channel' },
      )
    : el('p', { class: 'muted' }, l.nothing);

  const shown = v.state.quoteStatus;
  const rows = q.list.items.filter(
    (r) => !shown || (shown === 'decided' ? DECIDED.includes(r.status ?? '') : r.status === shown),
  );
  const columns: Column<QuoteRow>[] = [
    { title: l.number, cell: (r) => recordLink(r), nowrap: true },
    { title: l.client, cell: (r) => (r.client ? recordLink(r.client) : l.none) },
    { title: l.status, cell: (r) => status(r.status) },
    { title: l.date, cell: (r) => r.date ?? l.none, nowrap: true },
    { title: l.ht, cell: (r) => amount(r, 'total_ht'), numeric: true },
    { title: l.ttc, cell: (r) => amount(r, 'total_ttc'), numeric: true },
  ];
  const narrowed = shown
    ? el(
        'p',
        {},
        el(
          'button',
          { class: 'chip', type: 'button', 'data-action': 'clear-status' },
          `${shown === 'decided' ? l.conversion : status(shown)} ✕`,
        ),
      )
    : null;
  narrowed?.querySelector('button')!.addEventListener('click', () => v.update({ quoteStatus: undefined }));

  return section(
    'quotes',
    l.quotes,
    el(
      'div',
      { class: 'grid two' },
      block(l.byStatus, byStatus, statusChart),
      block(
        l.conversion,
        conversion,
        el('p', { class: 'muted' }, l.conversionDetail(q.conversion.accepted, q.conversion.decided)),
      ),
    ),
    el(
      'div',
      { class: 'grid two' },
      block(l.acceptedByMonth, monthChart, months.length ? monthTable : el('p', { class: 'muted' }, l.nothing)),
      block(l.expiring, expiring),
    ),
    block(l.byChannel, el('p', { class: 'muted' }, l.byChannelHint), channels),
    block(
      `${l.quoteList} (${q.list.count})`,
      narrowed,
      table(columns, rows, { id: 'quote-list', 'data-figure': 'quote-list' }),
      q.list.count > q.list.items.length
        ? el('p', { class: 'muted' }, l.more(q.list.count - q.list.items.length))
        : null,
    ),
  );
}
