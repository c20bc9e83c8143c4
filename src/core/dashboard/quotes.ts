/** Quotes: what was sold: count and value by status, conversion, accepted value per month, expiring ones. */
import { addDays, date, isObject, type Data } from '../records';
import type { QuoteStat } from '../figures/stats';
import { quoteStatuses } from '../schema/schemas';
import { rate } from '../figures/sessionFigures';
import { channelRevenue } from './channels';
import { addMoney, addRecurring } from './money';
import {
  EXPIRY_DAYS,
  listing,
  type ExpiringQuote,
  type Limits,
  type Link,
  type MonthTotal,
  type QuoteRow,
  type QuotesSection,
  type RecurringMoney,
  type StatusTotal,
} from './model';
import type { Scope } from './scope';

const DECIDED = new Set(['accepted', 'refused', 'expired']);
const OPEN = new Set(['draft', 'validated', 'sent']);

export interface QuoteInput {
  stats: readonly QuoteStat[];
  data: ReadonlyMap<string, Data>;
  /** Client records' data by id, for their channel and commission. */
  clients: ReadonlyMap<string, Data>;
  /** Commission per channel (atelier.yaml `channels:`). */
  commissions: Readonly<Record<string, number>>;
  scope: Scope;
  today: string;
  client: (id: string | null) => Link | null;
  limits: Limits;
}

/** The day a quote was accepted: `accepted.on`, else its date. */
function acceptedOn(q: QuoteStat, data: Data | undefined): string | null {
  return (isObject(data?.accepted) ? date(data.accepted.on) : undefined) ?? q.date;
}

const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);

/** Every month from the first to the last, so a chart shows the empty months too. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last && out.length < 1200;) {
    out.push(m);
    const [y, n] = [Number(m.slice(0, 4)), Number(m.slice(5, 7))];
    m = n === 12 ? `${y + 1}-01` : `${y}-${String(n + 1).padStart(2, '0')}`;
  }
  return out;
}

/** Quotes by status: every status of the flow in flow order (even empty), then any other status met (`?` for none), each with its count and totals. */
export function quotesByStatus(quotes: readonly QuoteStat[]): (StatusTotal & { quotes: QuoteStat[] })[] {
  const flow: readonly string[] = quoteStatuses;
  const statuses = [...flow, ...new Set(quotes.map((q) => q.status ?? '?').filter((s) => !flow.includes(s)))];
  const groups = statuses.map((status) => ({
    status,
    count: 0,
    total_ht: 0,
    total_ttc: 0,
    recurring: [] as RecurringMoney[],
    quotes: [] as QuoteStat[],
  }));
  for (const q of quotes) {
    const row = groups.find((s) => s.status === (q.status ?? '?'))!;
    row.count++;
    row.quotes.push(q);
    addMoney(row, q);
    addRecurring(row.recurring, q.recurring_by_period);
  }
  return groups;
}

export function quotesSection({
  stats,
  data,
  clients,
  commissions,
  scope,
  today,
  client,
  limits,
}: QuoteInput): QuotesSection {
  const link = (q: QuoteStat): Link => ({ id: q.id, path: q.path, label: q.number ?? q.id });
  const kept = stats.filter((q) => scope.matches(q.id));
  const inPeriod = kept.filter((q) => scope.inPeriod(q.date));

  const by_status: StatusTotal[] = quotesByStatus(inPeriod).map(({ quotes: _quotes, ...total }) => total);
  const accepted = inPeriod.filter((q) => q.status === 'accepted').length;
  const decided = inPeriod.filter((q) => DECIDED.has(q.status ?? '')).length;

  const months = new Map<string, Omit<MonthTotal, 'quotes'> & { quotes: Link[] }>();
  const acceptedInPeriod: QuoteStat[] = [];
  for (const q of kept) {
    const on = acceptedOn(q, data.get(q.id));
    if (q.status !== 'accepted' || !on || !scope.inPeriod(on)) continue;
    acceptedInPeriod.push(q);
    const month = on.slice(0, 7);
    const m =
      months.get(month) ?? months.set(month, { month, count: 0, total_ht: 0, total_ttc: 0, quotes: [] }).get(month)!;
    m.count++;
    addMoney(m, q);
    m.quotes.push(link(q));
  }
  const keys = [...months.keys()].sort();
  const accepted_by_month: MonthTotal[] = keys.length
    ? monthsBetween(keys[0], keys[keys.length - 1]).map((month) => {
        const m = months.get(month);
        return m
          ? { ...m, quotes: listing(m.quotes, limits.links) }
          : { month, count: 0, total_ht: 0, total_ttc: 0, quotes: listing([], 0) };
      })
    : [];

  const channels = channelRevenue(acceptedInPeriod, clients, commissions);

  const horizon = addDays(today, EXPIRY_DAYS);
  const expiring: ExpiringQuote[] = kept
    .flatMap((q) => {
      const until = date(data.get(q.id)?.valid_until);
      if (!until || !OPEN.has(q.status ?? '') || until > horizon) return [];
      return [
        {
          ...link(q),
          status: q.status!,
          valid_until: until,
          days_left: daysBetween(today, until),
          total_ttc: q.total_ttc,
        },
      ];
    })
    .sort((a, b) => (a.valid_until < b.valid_until ? -1 : a.valid_until > b.valid_until ? 1 : 0));

  const list: QuoteRow[] = [...inPeriod]
    .sort((a, b) => ((b.date ?? '') < (a.date ?? '') ? -1 : (b.date ?? '') > (a.date ?? '') ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, limits.list)
    .map((q) => ({
      ...link(q),
      number: q.number,
      status: q.status,
      client: client(q.client),
      date: q.date,
      valid_until: date(data.get(q.id)?.valid_until) ?? null,
      total_ht: q.total_ht,
      total_ttc: q.total_ttc,
      recurring: q.recurring_by_period.map((r) => ({ period: r.period, total_ht: r.total_ht, total_ttc: r.total_ttc })),
    }));

  return {
    by_status,
    conversion: { accepted, decided, rate: rate(accepted, decided) },
    accepted_by_month,
    expiring: listing(expiring, limits.list),
    list: { count: inPeriod.length, items: list },
    by_channel: channels.rows,
    channel_total: channels.total,
  };
}
