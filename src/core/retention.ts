/** Rule 8: learners keep access to the course for 6 months after the session ends; then their data is removed. */
import { addMonths } from './records';

/** Months of access after a session's last day. */
export const ACCESS_MONTHS = 6;

/** The day learners' access ends (and their personal data is due for removal), from the session's last day. */
export function accessEnds(lastDay: string): string {
  return addMonths(lastDay, ACCESS_MONTHS);
}
