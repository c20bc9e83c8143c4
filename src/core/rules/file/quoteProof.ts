/** Rule 10: an accepted quote needs proof, a purchase order number or a signature. */
import { isObject, text } from '../../records';
import type { FileRule } from '../types';

export const quoteProof: FileRule = {
  types: ['quote'],
  check({ data }) {
    if (data.status !== 'accepted' || !isObject(data.accepted)) return [];
    const a = data.accepted;
    if (text(a.purchase_order)?.trim() || text(a.signed_by)?.trim()) return [];
    return [{ code: 'rule.quote-proof', severity: 'error' as const, path: ['accepted'], target: 'key' as const }];
  },
};
