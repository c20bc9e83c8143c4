/** A quote is valid after its date, and is accepted before its validity ends. */
import type { Finding } from '../../diagnostics';
import { date, isObject } from '../../records';
import type { FileRule } from '../types';

export const quoteDates: FileRule = {
  types: ['quote'],
  check({ data }) {
    const out: Finding[] = [];
    const day = date(data.date);
    const until = date(data.valid_until);
    if (day && until && until < day)
      out.push({
        code: 'rule.quote-validity',
        severity: 'error',
        path: ['valid_until'],
        target: 'value',
        args: { until, date: day },
      });
    const on = isObject(data.accepted) ? date(data.accepted.on) : undefined;
    if (on && until && on > until)
      out.push({
        code: 'rule.quote-accepted-late',
        severity: 'warning',
        path: ['accepted', 'on'],
        target: 'value',
        args: { on, until },
      });
    return out;
  },
};
