/** The statuses a record may move to next (Change status offers only these). */
import type { RecordType } from '../schema/schemas';

const FLOW: Partial<Record<RecordType, Record<string, string[]>>> = {
  session: { planned: ['launched', 'cancelled'], launched: ['done', 'cancelled'], done: [], cancelled: ['planned'] },
  quote: {
    draft: ['validated'],
    validated: ['sent', 'draft'],
    sent: ['accepted', 'refused', 'expired'],
    accepted: [],
    refused: [],
    expired: ['sent'],
  },
  mission: { open: ['closed'], closed: [] },
};

export function nextStatuses(type: RecordType, current: unknown): string[] {
  return FLOW[type]?.[String(current)] ?? [];
}
