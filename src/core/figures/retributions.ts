/**
 * Rules 6 and 7 seen from today: which ended sessions of a mission still wait for their retribution
 * request, whether the mission may make a request this month, and whether it can be closed.
 */
import { date, isObject, list, type Data } from '../records';
import { spanOf } from './facts';

export interface PaymentState {
  /** Ids of the mission's sessions that have ended and are in no request yet. */
  unrequested: string[];
  /** A request was already made this calendar month: the next one waits for `next_request_on`. */
  requested_this_month: boolean;
  /** Today, or the first day of next month when a request was made this month. */
  next_request_on: string;
  /** Every session is past and every retribution requested (rule 7). */
  ready_to_close: boolean;
}

/** First day of the month after `day`. */
export function nextMonthStart(day: string): string {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** `sessions` are the mission's own sessions, cancelled ones left out. */
export function paymentState(
  mission: Data,
  sessions: readonly { id: string; data: Data }[],
  today: string,
): PaymentState {
  const requests = list(mission.retributions).filter(isObject);
  const requested = new Set(requests.flatMap((r) => list(r.sessions)));
  // A retribution may be requested from the session's last day on (requesting earlier is rule.retribution-early).
  const unrequested = sessions.filter((s) => {
    const span = spanOf(s.data);
    return span && span.last <= today && !requested.has(s.id);
  });
  const requested_this_month = requests.some((r) => date(r.requested_on)?.slice(0, 7) === today.slice(0, 7));
  const allPast = sessions.length > 0 && sessions.every((s) => (spanOf(s.data)?.last ?? today) < today);
  return {
    unrequested: unrequested.map((s) => s.id),
    requested_this_month,
    next_request_on: requested_this_month ? nextMonthStart(today) : today,
    ready_to_close: mission.status !== 'closed' && allPast && unrequested.length === 0,
  };
}
