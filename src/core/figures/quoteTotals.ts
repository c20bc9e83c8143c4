/**
 * Quote totals (rule 9): computed from the lines, never typed. A line is quantity × people ×
 * unit price; one-off lines less the discount make the one-off total; recurring lines make a
 * total per week or per month. Amounts are rounded to the cent once per document, never per line.
 */
import { isObject, list, num, text, type Data } from '../records';

export interface Totals {
  total_ht: number;
  total_vat: number;
  total_ttc: number;
}

export interface RecurringTotals extends Totals {
  period: 'week' | 'month';
}

export interface QuoteTotals extends Totals {
  /** The recurring part (week before month when a quote has both); null when there is none. */
  recurring: RecurringTotals | null;
  /** Every recurring period, when a quote mixes weekly and monthly lines. */
  recurring_by_period: RecurringTotals[];
}

interface Line {
  amount: number;
  rate: number;
  recurrence?: 'week' | 'month';
}

function linesOf(quote: Data, defaultRate: number): Line[] {
  return list(quote.lines).flatMap((l) => {
    if (!isObject(l)) return [];
    const amount = (num(l.quantity) ?? 0) * (num(l.people) ?? 1) * (num(l.unit_price) ?? 0);
    const recurrence = text(l.recurrence);
    return [
      {
        amount,
        rate: num(l.vat_rate) ?? defaultRate,
        recurrence: recurrence === 'week' || recurrence === 'month' ? recurrence : undefined,
      },
    ];
  });
}

export const round2 = (x: number): number => Math.round((x + Number.EPSILON) * 100) / 100;

/** Totals of a group of lines; a discount is spread over the VAT rates in proportion to their amounts. */
function totalsOf(lines: Line[], discount: number): Totals {
  const gross = lines.reduce((s, l) => s + l.amount, 0);
  const ht = Math.max(0, gross - discount);
  const factor = gross > 0 ? ht / gross : 0;
  const vat = lines.reduce((s, l) => s + l.amount * factor * l.rate, 0);
  const total_ht = round2(ht);
  const total_vat = round2(vat);
  return { total_ht, total_vat, total_ttc: round2(total_ht + total_vat) };
}

export function quoteTotals(quote: Data, defaultRate: number): QuoteTotals {
  const lines = linesOf(quote, defaultRate);
  const oneOff = totalsOf(
    lines.filter((l) => !l.recurrence),
    num(quote.discount) ?? 0,
  );
  const recurring_by_period = (['week', 'month'] as const).flatMap((period) => {
    const group = lines.filter((l) => l.recurrence === period);
    return group.length ? [{ period, ...totalsOf(group, 0) }] : [];
  });
  return { ...oneOff, recurring: recurring_by_period[0] ?? null, recurring_by_period };
}

/** One VAT rate of a group of lines, as a document prints it: its base and its VAT, in cents that add up. */
export interface RateTotals {
  rate: number;
  base_ht: number;
  vat: number;
}

/** A group of lines (the one-off part, or one recurring period) as printed: every figure adds up to the cent. */
export interface PrintedGroup extends Totals {
  /** Index in `quote.lines` of each line of the group, in order. */
  lines: number[];
  /** The printed amount of each line, in the same order: they add up to `subtotal_ht`. */
  amounts: number[];
  /** The lines' sum before the discount. */
  subtotal_ht: number;
  /** What the discount takes off: `subtotal_ht − total_ht`, so the page adds up. */
  discount: number;
  /** Base and VAT per rate, in increasing rate order: the bases add up to `total_ht`, the VATs to `total_vat`. */
  by_rate: RateTotals[];
}

export interface PrintedQuote {
  one_off: PrintedGroup;
  recurring: (PrintedGroup & { period: 'week' | 'month' })[];
}

/**
 * Rounds amounts to cents so that they add up to `total` (cents): each is rounded down, and the
 * cents left go to the largest remainders (never more than one cent per amount).
 */
export function allocateCents(values: readonly number[], total: number): number[] {
  const exact = values.map((v) => v * 100);
  const floors = exact.map((v) => Math.floor(v + 1e-7));
  let left = Math.round(total) - floors.reduce((s, v) => s + v, 0);
  const order = exact.map((v, i) => ({ i, rest: v - floors[i] }));
  order.sort((a, b) => (left > 0 ? b.rest - a.rest : a.rest - b.rest) || a.i - b.i);
  for (let k = 0; left !== 0 && order.length; k = (k + 1) % order.length) {
    floors[order[k].i] += Math.sign(left);
    left -= Math.sign(left);
  }
  return floors;
}

const cents = (x: number) => Math.round(round2(x) * 100);

function printedGroup(quote: Data, defaultRate: number, pick: (l: Line) => boolean, discount: number): PrintedGroup {
  const all = linesOf(quote, defaultRate);
  // linesOf skips entries that are not objects: keep each line's index in `quote.lines`.
  const indexes = list(quote.lines).flatMap((l, i) => (isObject(l) ? [i] : []));
  const chosen = all.flatMap((l, k) => (pick(l) ? [{ line: l, index: indexes[k] }] : []));
  const lines = chosen.map((c) => c.line);
  const totals = totalsOf(lines, discount);
  const gross = lines.reduce((s, l) => s + l.amount, 0);
  const subtotal = cents(gross);
  const amounts = allocateCents(
    lines.map((l) => l.amount),
    subtotal,
  ).map((c) => c / 100);
  const factor = gross > 0 ? Math.max(0, gross - discount) / gross : 0;
  const rates = [...new Set(lines.map((l) => l.rate))].sort((a, b) => a - b);
  const bases = rates.map((r) => lines.filter((l) => l.rate === r).reduce((s, l) => s + l.amount * factor, 0));
  const baseCents = allocateCents(bases, cents(totals.total_ht));
  const vatCents = allocateCents(
    bases.map((b, i) => b * rates[i]),
    cents(totals.total_vat),
  );
  return {
    ...totals,
    lines: chosen.map((c) => c.index),
    amounts,
    subtotal_ht: subtotal / 100,
    discount: (subtotal - cents(totals.total_ht)) / 100,
    by_rate: rates.map((rate, i) => ({ rate, base_ht: baseCents[i] / 100, vat: vatCents[i] / 100 })),
  };
}

/**
 * The quote as a document prints it: the same totals as `quoteTotals` (they are computed by the same
 * code), with each line's amount, the discount and the VAT per rate rounded so that the page adds up.
 */
export function printedQuote(quote: Data, defaultRate: number): PrintedQuote {
  return {
    one_off: printedGroup(quote, defaultRate, (l) => !l.recurrence, num(quote.discount) ?? 0),
    recurring: (['week', 'month'] as const).flatMap((period) => {
      const has = linesOf(quote, defaultRate).some((l) => l.recurrence === period);
      return has ? [{ period, ...printedGroup(quote, defaultRate, (l) => l.recurrence === period, 0) }] : [];
    }),
  };
}
