/** Rule 4: a session record must exist (be committed) before the session starts. */
import { slotsOf, text } from '../../records';
import type { ReviewRule } from '../types';
import { shallowNotice } from './shallow';

export const plannedAhead: ReviewRule = {
  types: ['session'],
  check({ record, isNew, history }) {
    // Only a session this change adds: older ones were checked when they were added.
    if (!isNew || text(record.data.status) === 'cancelled') return [];
    const first = slotsOf(record.data).reduce<ReturnType<typeof slotsOf>[number] | undefined>(
      (a, s) => (!a || s.date < a.date ? s : a),
      undefined,
    );
    if (!first) return [];
    const added = history.fileAdded();
    // Committed on the start day itself still counts as planned.
    if (added.day <= first.date) return [];
    if (added.shallow) return [shallowNotice(added, 4, ['slots', first.index, 'date'], 'value')];
    return [
      {
        code: 'review.not-planned-ahead',
        severity: 'error',
        path: ['slots', first.index, 'date'],
        target: 'value',
        args: { committed: added.day, commit: added.commit ?? '', start: first.date },
      },
    ];
  },
};
