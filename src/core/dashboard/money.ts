/** Sums of per-document amounts: each document is already rounded to the cent, so is every sum. */
import { round2 } from '../figures/quoteTotals';
import type { Money, RecurringMoney } from './model';

export function addMoney(into: Money, add: Money): void {
  into.total_ht = round2(into.total_ht + add.total_ht);
  into.total_ttc = round2(into.total_ttc + add.total_ttc);
}

/** Adds recurring amounts period by period (week before month). */
export function addRecurring(into: RecurringMoney[], add: readonly RecurringMoney[]): void {
  for (const r of add) {
    const hit = into.find((x) => x.period === r.period);
    if (hit) addMoney(hit, r);
    else into.push({ period: r.period, total_ht: r.total_ht, total_ttc: r.total_ttc });
  }
  into.sort((a, b) => (a.period === b.period ? 0 : a.period === 'week' ? -1 : 1));
}
