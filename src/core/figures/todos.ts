/**
 * What needs doing, derived from the records and the rules: the reminders of domain.md and the
 * actions the rules allow now. Shared by the "To do" tree and the dashboard.
 */
import { addDays, isObject, text, type Data } from '../records';
import { accessEnds } from '../retention';
import type { Workspace } from '../workspace';
import { factsOf, sessionsByMission, spanOf, type RecordFacts } from './facts';
import { paymentState } from './retributions';

/** Every kind of to-do, in the order of the schemas' `dismissed[].todo` enum. */
export const TODO_KINDS = [
  'activity-check',
  'follow-up-mail',
  'learners-list',
  'purge-personal-data',
  'retribution-request',
  'mission-close',
  'session-past-planned',
] as const;

export type TodoKind = (typeof TODO_KINDS)[number];

export interface Todo {
  kind: TodoKind;
  /** The record to open to act on it. */
  id: string;
  path: string;
  /** When it is due (YYYY-MM-DD); it shows from `due − lead` on. */
  due: string;
  /** Extra words for the label (a session title, a count). */
  detail: string;
  /** Ids of the sessions it is about (retribution requests). */
  sessions?: string[];
}

/** How a to-do is named to dismiss it: its kind and its record (`activity-check:2026-03-12-atelier-lyon`). */
export function todoId(todo: Pick<Todo, 'kind' | 'id'>): string {
  return `${todo.kind}:${todo.id}`;
}

/** To-dos that come back each month: a dismissal holds for the month it was made in. */
const MONTHLY: ReadonlySet<TodoKind> = new Set(['retribution-request']);

/** Whether the record's `dismissed` list dismisses this kind of to-do (today). */
export function isDismissed(data: Data, kind: TodoKind, today: string): boolean {
  const list = Array.isArray(data.dismissed) ? data.dismissed : [];
  return list.some(
    (d) =>
      isObject(d) &&
      d.todo === kind &&
      (!MONTHLY.has(kind) || (typeof d.on === 'string' && d.on.slice(0, 7) === today.slice(0, 7))),
  );
}

/** A to-do whose day has passed. */
export function isOverdue(todo: Pick<Todo, 'due'>, today: string): boolean {
  return todo.due < today;
}

/** Every to-do due within `horizonDays` from today (past-due ones included), soonest first. */
export function computeTodos(ws: Workspace, horizonDays = 7): Todo[] {
  const today = ws.today;
  const horizon = addDays(today, horizonDays);
  // Reminders stay listed a week after they were due.
  const recent = addDays(today, -7);
  const sessions = factsOf(ws, 'session');
  const missions = factsOf(ws, 'mission');
  const byMission = sessionsByMission(sessions);
  const out: Todo[] = [];
  const push = (kind: TodoKind, r: RecordFacts, due: string, detail = '', sessions?: string[]) => {
    if (!isDismissed(r.data, kind, today))
      out.push({ kind, id: r.id, path: r.path, due, detail, ...(sessions ? { sessions } : {}) });
  };
  const title = (r: RecordFacts) => text(r.data.title) ?? r.id;

  for (const s of sessions) {
    const span = spanOf(s.data);
    if (!span || s.data.status === 'cancelled') continue;
    // A week after the welcome webinar: check each group's activity.
    if (s.data.kind === 'welcome-webinar') {
      const due = addDays(span.last, 7);
      if (due >= recent && due <= horizon) push('activity-check', s, due, title(s));
    }
    // Two weeks after the start: the follow-up mail that keeps the group active.
    if (s.data.kind === 'welcome-webinar' || s.data.kind === 'training-day' || s.data.kind === 'workshop') {
      const due = addDays(span.first, 14);
      if (due >= recent && due <= horizon && !s.data.mission) push('follow-up-mail', s, due, title(s));
    }
    // Six months after the end: remove learners' accounts and personal data (rule 8).
    const purge = accessEnds(span.last);
    if (purge <= horizon && s.participants > 0)
      push('purge-personal-data', s, purge, `${title(s)} (${s.participants})`);
    if (s.data.status === 'planned' && span.last < today) push('session-past-planned', s, span.last, title(s));
  }

  for (const m of missions) {
    const own = (byMission.get(m.id) ?? []).filter((s) => s.data.status !== 'cancelled');
    const starts = own
      .map((s) => spanOf(s.data)?.first)
      .filter((d): d is string => !!d)
      .sort();
    if (starts.length) {
      const due = addDays(starts[0], 14);
      if (due >= recent && due <= horizon) push('follow-up-mail', m, due, String(m.data.title ?? m.id));
    }
    if (m.data.status === 'closed') continue;
    const pay = paymentState(m.data, own, today);
    if (pay.unrequested.length && !pay.requested_this_month)
      push('retribution-request', m, today, pay.unrequested.join(', '), pay.unrequested);
    if (pay.ready_to_close) push('mission-close', m, today, `${own.length}`);
  }

  // Accepted quotes whose sessions have no learners yet: collect the learners list.
  const missionOfQuote = new Map<unknown, RecordFacts>();
  for (const m of missions) if (!missionOfQuote.has(m.data.quote)) missionOfQuote.set(m.data.quote, m);
  for (const q of factsOf(ws, 'quote')) {
    if (q.data.status !== 'accepted') continue;
    const mission = missionOfQuote.get(q.id);
    const own = mission ? (byMission.get(mission.id) ?? []) : [];
    if (!own.some((s) => s.participants > 0)) push('learners-list', q, today, text(q.data.number) ?? q.id);
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.kind < b.kind ? -1 : 1));
}
