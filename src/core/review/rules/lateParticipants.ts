/** Rule 2, from history: a participant committed more than 14 days after the session started. */
import { addDays, date, sessionSpan, text } from '../../records';
import { LATE_JOIN_DAYS } from '../../rules/file/lateParticipants';
import { newParticipants } from '../identity';
import type { ReviewRule } from '../types';
import { shallowNotice } from './shallow';

export const lateParticipants: ReviewRule = {
  types: ['session'],
  check({ record, base, isNew, history }) {
    const span = sessionSpan(record.data);
    if (!span) return [];
    const limit = addDays(span.first, LATE_JOIN_DAYS);
    // In a session the change adds, those listed from its first version came with it (rule 4's business).
    const created = isNew ? history.fileAdded() : undefined;
    return newParticipants(base?.data, record.data).flatMap(({ index, participant }) => {
      const typed = date(participant.added_on);
      // A late `added_on` is already reported by the validator (rule.late-participant).
      if (typed && typed > limit) return [];
      const added = history.participantAdded(participant);
      if (added.day <= limit || (created && created.commit === added.commit)) return [];
      if (added.shallow) return [shallowNotice(added, 2, ['participants', index], 'key')];
      const name =
        [text(participant.first_name), text(participant.last_name)].filter(Boolean).join(' ') ||
        text(participant.email) ||
        `#${index + 1}`;
      return [
        {
          code: 'review.late-participant',
          severity: 'error' as const,
          path: ['participants', index],
          target: 'key' as const,
          args: { name, added: added.day, commit: added.commit ?? '', start: span.first, limit },
        },
      ];
    });
  },
};
