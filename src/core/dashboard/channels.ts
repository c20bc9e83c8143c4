/**
 * Revenue per sales channel, net of commission: what the partners split. For the quotes accepted
 * in the period, each quote's one-off total (and apart, its recurring totals) less the commission of
 * its client (`commission`) or of its client's channel (`channels:` of atelier.yaml), rounded per quote.
 */
import { round2 } from '../figures/quoteTotals';
import type { QuoteStat } from '../figures/stats';
import { num, text, type Data } from '../records';
import { salesChannels } from '../schema/schemas';
import type { ChannelRevenue, NetMoney } from './model';

/** A channel's row before the quotes are added. */
function emptyRow(channel: string): ChannelRevenue {
  return { channel, count: 0, commission_rate: null, gross_ht: 0, commission_ht: 0, net_ht: 0, recurring: [] };
}

function add(into: NetMoney, gross: number, rate: number): void {
  const commission = round2(gross * rate);
  into.gross_ht = round2(into.gross_ht + gross);
  into.commission_ht = round2(into.commission_ht + commission);
  into.net_ht = round2(into.net_ht + gross - commission);
}

function addQuote(row: ChannelRevenue, q: QuoteStat, rate: number): void {
  row.count++;
  add(row, q.total_ht, rate);
  for (const r of q.recurring_by_period) {
    let hit = row.recurring.find((x) => x.period === r.period);
    if (!hit) {
      hit = { period: r.period, gross_ht: 0, commission_ht: 0, net_ht: 0 };
      row.recurring.push(hit);
      row.recurring.sort((a, b) => (a.period === b.period ? 0 : a.period === 'week' ? -1 : 1));
    }
    add(hit, r.total_ht, rate);
  }
}

/**
 * One row per channel that sold something (in the schema's order, then "none" for clients without a
 * channel), and the total. `commission_rate` is the rate every quote of the row had (null when they differ).
 */
export function channelRevenue(
  accepted: readonly QuoteStat[],
  clients: ReadonlyMap<string, Data>,
  commissions: Readonly<Record<string, number>>,
): { rows: ChannelRevenue[]; total: ChannelRevenue } {
  const rows = new Map<string, ChannelRevenue>();
  const rates = new Map<string, Set<number>>();
  const total = emptyRow('total');
  for (const q of accepted) {
    const client = q.client ? clients.get(q.client) : undefined;
    const channel = text(client?.channel) ?? 'none';
    const rate = num(client?.commission) ?? commissions[channel] ?? 0;
    const row = rows.get(channel) ?? rows.set(channel, emptyRow(channel)).get(channel)!;
    addQuote(row, q, rate);
    addQuote(total, q, rate);
    (rates.get(channel) ?? rates.set(channel, new Set()).get(channel)!).add(rate);
  }
  const order = [...salesChannels, 'none'];
  const sorted = [...rows.values()].sort(
    (a, b) => (order.indexOf(a.channel) + 1 || 99) - (order.indexOf(b.channel) + 1 || 99),
  );
  for (const row of sorted) {
    const set = rates.get(row.channel)!;
    row.commission_rate = set.size === 1 ? [...set][0] : null;
  }
  return { rows: sorted, total };
}
