/** An accepted quote is a contract: its lines, prices and client no longer change. */
import { text } from '../../records';
import { changeTarget, diffData, shortValue } from '../dataDiff';
import type { ReviewRule } from '../types';

/** The parts of a quote the client agreed to (the discount is part of the price). */
const FROZEN = ['client', 'lines', 'discount'] as const;

export const quoteFrozen: ReviewRule = {
  types: ['quote'],
  check({ record, base }) {
    if (!base || text(base.data.status) !== 'accepted') return [];
    const number = text(base.data.number) ?? base.id;
    return FROZEN.flatMap((part) =>
      diffData(base.data[part], record.data[part], [part]).map((c) => {
        const { path, target } = changeTarget(c);
        const field = c.path.filter((p) => typeof p === 'string').join('.');
        return { code: 'review.quote-frozen', severity: 'error' as const, path, target, args: { number, field, before: shortValue(c.before) } };
      }),
    );
  },
};
