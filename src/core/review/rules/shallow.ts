/**
 * In a shallow clone the oldest fetched commit seems to add everything it holds: a date taken from
 * it proves nothing. The rule says it could not check, at the same place, instead of a false error.
 */
import type { DataPath, Finding, Target } from '../../diagnostics';
import type { Dated } from '../types';

export function shallowNotice(dated: Dated, rule: number, path: DataPath, target: Target): Finding {
  return {
    code: 'review.shallow-history',
    severity: 'info',
    path,
    target,
    args: { commit: dated.commit ?? '', day: dated.day, rule },
  };
}
