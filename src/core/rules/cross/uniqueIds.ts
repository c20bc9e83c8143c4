/** Rule 12: ids are unique across the workspace; so are quote numbers. */
import type { Finding } from '../../diagnostics';
import { text } from '../../records';
import type { CrossRule } from './types';

export const uniqueIds: CrossRule = {
  check(record, index) {
    const out: Finding[] = [];
    const others = index.recordsWithId(record.id).filter((r) => r.path !== record.path);
    if (others.length) {
      out.push({
        code: 'id.duplicate',
        severity: 'error',
        path: ['type'],
        target: 'key',
        args: { id: record.id, other: others.map((o) => o.path).join(', ') },
      });
    }
    const number = record.type === 'quote' ? text(record.facts?.number) : undefined;
    if (number) {
      const same = index.quotesNumbered(number).filter((r) => r.path !== record.path);
      if (same.length)
        out.push({
          code: 'quote.number-duplicate',
          severity: 'error',
          path: ['number'],
          target: 'value',
          args: { number, other: same.map((o) => o.path).join(', ') },
        });
    }
    return out;
  },
};
