/** An accepted quote is a contract: its lines, prices and client no longer change. */
import { isObject, text, type Data } from '../../records';
import { changeTarget, diffData, shortValue } from '../dataDiff';
import type { ReviewRule } from '../types';

/** The parts of a quote the client agreed to (the discount is part of the price). */
const FROZEN = ['client', 'lines', 'discount'] as const;

export const quoteFrozen: ReviewRule = {
  types: ['quote'],
  check({ record, base, world }) {
    if (!base || text(base.data.status) !== 'accepted') return [];
    const number = text(base.data.number) ?? base.id;
    const before = withDefaults(base.data, world.vatRate);
    const after = withDefaults(record.data, world.vatRate);
    return FROZEN.flatMap((part) =>
      diffData(before[part], after[part], [part]).map((c) => {
        // A default dropped (`people: 2` removed) has no key left: point at its line item.
        const { path, target } = has(record.data, c.path)
          ? changeTarget(c)
          : { path: c.path.slice(0, -1), target: 'key' as const };
        const field = c.path.filter((p) => typeof p === 'string').join('.');
        return {
          code: 'review.quote-frozen',
          severity: 'error' as const,
          path,
          target,
          args: { number, field, before: shortValue(c.before) },
        };
      }),
    );
  },
};

/** Writing out a default (`people: 1`, the workspace's `vat_rate`, `discount: 0`) changes no price. */
function withDefaults(data: Data, vatRate: number): Data {
  const lines = Array.isArray(data.lines)
    ? data.lines.map((l) => (isObject(l) ? { people: 1, vat_rate: vatRate, ...l } : l))
    : data.lines;
  return { ...data, lines, discount: data.discount ?? 0 };
}

function has(data: unknown, path: readonly (string | number)[]): boolean {
  let at: unknown = data;
  for (const p of path) {
    if (typeof p === 'number' ? !Array.isArray(at) || p >= at.length : !isObject(at) || !(p in at)) return false;
    at = (at as Record<string | number, unknown>)[p];
  }
  return true;
}
