/** Rule 9: VAT at 20 % applies to all prices since 1 April 2020. */
import { date, isObject, list, num } from '../../records';
import type { FileRule } from '../types';

export const STANDARD_VAT = 0.2;
export const STANDARD_VAT_SINCE = '2020-04-01';

export const vatRate: FileRule = {
  types: ['quote'],
  check({ data }) {
    const day = date(data.date);
    if (day && day < STANDARD_VAT_SINCE) return [];
    return list(data.lines).flatMap((line, i) => {
      const rate = isObject(line) ? num(line.vat_rate) : undefined;
      if (rate === undefined || rate === STANDARD_VAT) return [];
      return [
        {
          code: 'rule.vat-rate',
          severity: 'warning' as const,
          path: ['lines', i, 'vat_rate'],
          target: 'value' as const,
          args: { rate },
        },
      ];
    });
  },
};
