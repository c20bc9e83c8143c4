/**
 * A programme sold by an accepted quote must say everything its sheet prints (the quality label
 * asks for it before training starts): the fields it lacks are one warning on its title.
 */
import { text } from '../../records';
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

/** A field the record does not fill; one with a wrong value is the schema's to report, not missing here. */
function absent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim()) || isEmptyList(value);
}

const isEmptyList = (value: unknown) => Array.isArray(value) && !value.length;

export function missingSheetFields(data: Record<string, unknown> | undefined): string[] {
  return SHEET_FIELDS.filter((field) =>
    field === 'price' ? absent(data?.price_per_participant) && absent(data?.price_per_day) : absent(data?.[field]),
  );
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
