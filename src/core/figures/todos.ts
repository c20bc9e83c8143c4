/**
 * What needs doing, derived from the records and the rules: the reminders of domain.md and the
 * actions the rules allow now. Shared by the "To do" tree and the dashboard.
 */
import { addDays, date, isObject, list, sessionSpan, text, type Data } from '../records';
import type { RecordData } from '../recordData';
import type { Workspace } from '../workspace';

export type TodoKind =
  | 'activity-check'
  | 'follow-up-mail'
  | 'learners-list'
  | 'purge-personal-data'
  | 'retribution-request'
  | 'mission-close'
  | 'session-past-planned';

export interface Todo {
  kind: TodoKind;
  /** The record to open to act on it. */
  id: string;
  path: string;
  /** When it is due (YYYY-MM-DD); it shows from `due − lead` on. */
  due: string;
  /** Extra words for the label (a session title, a count). */
  detail: string;
}

/** Learners keep access for 6 months after the session ends (rule 8). */
export const ACCESS_MONTHS = 6;

export function addMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target.toISOString().slice(0, 10);
}

/** Every to-do due within `horizonDays` from today (past-due ones included), soonest first. */
export function computeTodos(ws: Workspace, horizonDays = 7): Todo[] {
  const today = ws.index.today;
  const horizon = addDays(today, horizonDays);
  const sessions = ws.recordsOf('session');
  const missions = ws.recordsOf('mission');
  const out: Todo[] = [];
  const push = (kind: TodoKind, r: RecordData, due: string, detail = '') => out.push({ kind, id: r.id, path: r.path, due, detail });
  const title = (r: RecordData) => text(r.data.title) ?? r.id;

  for (const s of sessions) {
    const span = sessionSpan(s.data);
    if (!span || s.data.status === 'cancelled') continue;
    // A week after the welcome webinar: check each group's activity.
    if (s.data.kind === 'welcome-webinar') {
      const due = addDays(span.last, 7);
      if (due >= addDays(today, -7) && due <= horizon) push('activity-check', s, due, title(s));
    }
    // Two weeks after the start: the follow-up mail that keeps the group active.
    if (s.data.kind === 'welcome-webinar' || s.data.kind === 'training-day' || s.data.kind === 'workshop') {
      const due = addDays(span.first, 14);
      if (due >= addDays(today, -7) && due <= horizon && !s.data.mission) push('follow-up-mail', s, due, title(s));
    }
    // Six months after the end: remove learners' accounts and personal data (rule 8).
    const purge = addMonths(span.last, ACCESS_MONTHS);
    if (purge <= horizon && list(s.data.participants).length > 0) push('purge-personal-data', s, purge, `${title(s)} (${list(s.data.participants).length})`);
    if (s.data.status === 'planned' && span.last < today) push('session-past-planned', s, span.last, title(s));
  }

  for (const m of missions) {
    const own = sessions.filter((s) => s.data.mission === m.id && s.data.status !== 'cancelled');
    const starts = own.map((s) => sessionSpan(s.data)?.first).filter((d): d is string => !!d).sort();
    if (starts.length) {
      const due = addDays(starts[0], 14);
      if (due >= addDays(today, -7) && due <= horizon) push('follow-up-mail', m, due, String(m.data.title ?? m.id));
    }
    if (m.data.status === 'closed') continue;
    const requested = new Set(list(m.data.retributions).flatMap((r) => (isObject(r) ? list(r.sessions) : [])));
    const ended = own.filter((s) => {
      const span = sessionSpan(s.data);
      return span && span.last <= today && !requested.has(s.id);
    });
    const thisMonth = list(m.data.retributions).some((r) => isObject(r) && date(r.requested_on)?.slice(0, 7) === today.slice(0, 7));
    if (ended.length && !thisMonth) push('retribution-request', m, today, ended.map((s) => s.id).join(', '));
    const allPast = own.length > 0 && own.every((s) => (sessionSpan(s.data)?.last ?? today) < today);
    if (allPast && ended.length === 0) push('mission-close', m, today, `${own.length}`);
  }

  // Accepted quotes whose sessions have no learners yet: collect the learners list.
  for (const q of ws.recordsOf('quote')) {
    if (q.data.status !== 'accepted') continue;
    const mission = missions.find((m) => m.data.quote === q.id);
    const own = mission ? sessions.filter((s) => s.data.mission === mission.id) : [];
    if (!own.some((s: RecordData) => list((s.data as Data).participants).length > 0)) push('learners-list', q, today, text(q.data.number) ?? q.id);
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.kind < b.kind ? -1 : 1));
}
