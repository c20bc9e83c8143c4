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
