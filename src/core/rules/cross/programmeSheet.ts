/**
 * A programme sold by an accepted quote must say everything its sheet prints (the quality label
 * asks for it before training starts): the fields it lacks are one warning on its title.
 */
import { list, num, text } from '../../records';
import type { CrossRule } from './types';

/** The fields of the programme sheet, as format.md names them; `price` is either price field. */
export const SHEET_FIELDS = [
  'objectives',
  'audience',
  'prerequisites',
  'hours',
  'modules',
  'methods',
  'assessment',
  'accessibility',
  'price',
] as const;

export function missingSheetFields(data: Record<string, unknown> | undefined): string[] {
  return SHEET_FIELDS.filter((field) => {
    if (field === 'price')
      return num(data?.price_per_participant) === undefined && num(data?.price_per_day) === undefined;
    if (field === 'hours') return num(data?.hours) === undefined;
    if (field === 'objectives' || field === 'modules') return !list(data?.[field]).length;
    return !text(data?.[field])?.trim();
  });
}

export const programmeSheet: CrossRule = {
  check(record, index) {
    if (record.type !== 'programme' || !record.facts) return [];
    const accepted = index
      .referrers(record.id)
      .filter((r) => r.type === 'quote' && r.facts?.status === 'accepted' && r.facts.programme === record.id);
    if (!accepted.length) return [];
    const missing = missingSheetFields(record.facts);
    if (!missing.length) return [];
    return [
      {
        code: 'rule.programme-sheet',
        severity: 'warning',
        path: ['title'],
        target: 'key',
        args: { fields: missing.join(', '), quote: text(accepted[0].facts?.number) ?? accepted[0].id },
      },
    ];
  },
};
