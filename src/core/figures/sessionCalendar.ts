/** Sessions as the Sessions view sorts them: this week, upcoming, and past ones by month. */
import { addDays } from '../records';
import type { SessionStat } from './stats';

/** "This week" runs from today to this many days ahead. */
export const WEEK_DAYS = 7;

export interface SessionCalendar<S> {
  /** Running between today and a week from today (not over yet, started by then), soonest first. */
  this_week: S[];
  /** Starting after that week, soonest first. */
  upcoming: S[];
  /** Over before today (or without dates), by month of their first day, latest month and session first. */
  past: { month: string; sessions: S[] }[];
  /** How many sessions `past` holds. */
  past_count: number;
}

type Dated = Pick<SessionStat, 'id' | 'first_date' | 'last_date'>;

/** Sorts sessions into the week, what comes after it and the past; a session without dates counts as past (month `????-??`). */
export function sessionCalendar<S extends Dated>(sessions: readonly S[], today: string): SessionCalendar<S> {
  const week = addDays(today, WEEK_DAYS);
  const first = (s: S) => s.first_date ?? '';
  const last = (s: S) => s.last_date ?? '';
  const byDate = [...sessions].sort((a, b) =>
    first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const past = byDate.filter((s) => last(s) < today).reverse();
  const months = new Map<string, S[]>();
  for (const s of past) {
    const month = (s.first_date ?? '????-??').slice(0, 7);
    (months.get(month) ?? months.set(month, []).get(month)!).push(s);
  }
  return {
    this_week: byDate.filter((s) => last(s) >= today && first(s) <= week),
    upcoming: byDate.filter((s) => first(s) > week),
    past: [...months].map(([month, sessions]) => ({ month, sessions })),
    past_count: past.length,
  };
}
