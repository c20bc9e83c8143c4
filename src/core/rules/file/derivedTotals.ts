/** Rule 9: quote totals are computed from the lines, never typed (a typed total drifts). */
import { isObject, list } from '../../records';
import type { Finding } from '../../diagnostics';
import type { FileRule } from '../types';

/** Field names people use for totals, in English and French. */
export const TOTAL_FIELDS = new Set([
  'total',
  'total_ht',
  'total_vat',
  'total_tva',
  'total_ttc',
  'ht',
  'tva',
  'ttc',
  'vat',
  'amount',
  'montant',
]);

export const derivedTotals: FileRule = {
  types: ['quote'],
  check({ data }) {
    const out: Finding[] = [];
    for (const key of Object.keys(data)) {
      if (TOTAL_FIELDS.has(key))
        out.push({ code: 'rule.derived-total', severity: 'error', path: [key], target: 'key', args: { field: key } });
    }
    list(data.lines).forEach((line, i) => {
      if (!isObject(line)) return;
      for (const key of Object.keys(line)) {
        if (TOTAL_FIELDS.has(key))
          out.push({
            code: 'rule.derived-total',
            severity: 'error',
            path: ['lines', i, key],
            target: 'key',
            args: { field: key },
          });
      }
    });
    return out;
  },
};
