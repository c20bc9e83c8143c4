/** Sessions: the next days with their fill rate, attendance per session and per programme, past ones still planned. */
import type { SessionStat } from '../figures/stats';
import { rate } from '../figures/sessionFigures';
import { addDays } from '../records';
import type { Links } from './links';
import {
  listing,
  UPCOMING_DAYS,
  type AttendanceRow,
  type Limits,
  type Link,
  type ProgrammeAttendance,
  type SessionsSection,
  type UpcomingSession,
} from './model';
import type { Scope } from './scope';

export interface SessionInput {
  stats: readonly SessionStat[];
  links: Links;
  scope: Scope;
  today: string;
  limits: Limits;
}

const byDate = (a: string | null, b: string | null) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

export function sessionsSection({ stats, links, scope, today, limits }: SessionInput): SessionsSection {
  const link = (s: SessionStat): Link => ({ id: s.id, path: s.path, label: s.title ?? s.id });
  const kept = stats.filter((s) => scope.matches(s.id));
  const horizon = addDays(today, UPCOMING_DAYS);

  const upcoming: UpcomingSession[] = kept
    .filter(
      (s) => s.status !== 'cancelled' && s.first_date && s.last_date && s.last_date >= today && s.first_date <= horizon,
    )
    .sort((a, b) => byDate(a.first_date, b.first_date) || byDate(a.id, b.id))
    .map((s) => ({
      ...link(s),
      kind: s.kind,
      status: s.status,
      first_date: s.first_date!,
      last_date: s.last_date!,
      participants: s.participants,
      capacity: s.capacity,
      fill_rate: s.capacity ? rate(s.participants, s.capacity) : null,
    }));

  const recorded = kept.filter((s) => s.recorded > 0 && scope.inPeriod(s.first_date, s.last_date));
  const attendance: AttendanceRow[] = [...recorded]
    .sort((a, b) => byDate(b.first_date, a.first_date) || byDate(a.id, b.id))
    .slice(0, limits.list)
    .map((s) => ({
      ...link(s),
      first_date: s.first_date,
      programme: s.programme,
      present: s.present,
      recorded: s.recorded,
      rate: s.attendance_rate,
    }));

  const programmes = new Map<string, Omit<ProgrammeAttendance, 'session_links'> & { session_links: Link[] }>();
  for (const s of [...recorded].sort((a, b) => byDate(a.first_date, b.first_date) || byDate(a.id, b.id))) {
    if (!s.programme) continue;
    const base = links.get(s.programme) ?? { id: s.programme, path: '', label: s.programme };
    const p =
      programmes.get(s.programme) ??
      programmes
        .set(s.programme, { ...base, sessions: 0, session_links: [], present: 0, recorded: 0, rate: null })
        .get(s.programme)!;
    p.sessions++;
    p.session_links.push(link(s));
    p.present += s.present;
    p.recorded += s.recorded;
  }
  const by_programme = [...programmes.values()]
    .map((p) => ({ ...p, session_links: listing(p.session_links, limits.links), rate: rate(p.present, p.recorded) }))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));

  const past_planned = kept
    .filter((s) => s.status === 'planned' && s.last_date && s.last_date < today)
    .sort((a, b) => byDate(a.last_date, b.last_date))
    .map((s) => ({ ...link(s), last_date: s.last_date! }));

  return {
    upcoming: listing(upcoming, limits.list),
    attendance: { count: recorded.length, items: attendance },
    by_programme,
    past_planned: listing(past_planned, limits.list),
  };
}
