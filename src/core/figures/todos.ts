/**
 * What needs doing, derived from the records and the rules: the reminders of domain.md and the
 * actions the rules allow now. Shared by the "To do" tree and the dashboard.
 */
import { addDays, isObject, list, text, type Data } from '../records';
import { nextPurge } from '../retention';
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
  'directory-check',
  'convocation',
  'satisfaction-survey',
  'certificates',
  'closing-webinar',
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
  /** What does it: the command to run on this to-do's record, when there is one. */
  action?: TodoAction;
}

/** The command a to-do offers (shared by `atelier todo`, the To do view and the dashboard). */
export type TodoAction =
  | { command: 'email'; template: string; session?: string }
  | { command: 'certificates'; session: string }
  | { command: 'purge' }
  | { command: 'new-session'; mission: string };

/** How a to-do is named to dismiss it: its kind and its record (`activity-check:2026-03-12-atelier-lyon`). */
export function todoId(todo: Pick<Todo, 'kind' | 'id'>): string {
  return `${todo.kind}:${todo.id}`;
}

/** To-dos that come back each month: a dismissal holds for the month it was made in. */
const MONTHLY: ReadonlySet<TodoKind> = new Set(['retribution-request']);
/** To-dos that come back each year: a dismissal holds for the year it was made in. */
const YEARLY: ReadonlySet<TodoKind> = new Set(['directory-check']);

/**
 * Whether the record's `dismissed` list dismisses this kind of to-do (today). `since`: a dismissal
 * made before that day does not count (participants added after a convocation was dismissed need one).
 */
export function isDismissed(data: Data, kind: TodoKind, today: string, since?: string): boolean {
  const list = Array.isArray(data.dismissed) ? data.dismissed : [];
  return list.some((d) => {
    if (!isObject(d) || d.todo !== kind) return false;
    const on = typeof d.on === 'string' ? d.on : '';
    if (MONTHLY.has(kind)) return on.slice(0, 7) === today.slice(0, 7);
    if (YEARLY.has(kind)) return on.slice(0, 4) === today.slice(0, 4);
    return !since || on >= since;
  });
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
  const templates = reminderTemplates(ws);
  const push = (
    kind: TodoKind,
    r: RecordFacts,
    due: string,
    detail = '',
    extra: { sessions?: string[]; action?: TodoAction; since?: string } = {},
  ) => {
    if (isDismissed(r.data, kind, today, extra.since)) return;
    const { sessions, action } = extra;
    out.push({
      kind,
      id: r.id,
      path: r.path,
      due,
      detail,
      ...(sessions ? { sessions } : {}),
      ...(action ? { action } : {}),
    });
  };
  /** The email action of a reminder, when a template answers it. */
  const mail = (kind: TodoKind, session?: string): { action?: TodoAction } => {
    const template = templates.get(kind);
    return template ? { action: { command: 'email', template: template.id, ...(session ? { session } : {}) } } : {};
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
      if (due >= recent && due <= horizon && !s.data.mission && !wasSent(s.data, templates.get('follow-up-mail')))
        push('follow-up-mail', s, due, title(s), mail('follow-up-mail', s.id));
    }
    if (s.participants > 0) {
      // Participants added since the last convocation was sent: their convocation and positioning test.
      if (span.last >= today) {
        const pending = unconvoked(ws, s, templates.get('convocation'));
        if (pending) {
          const detail = `${title(s)} (${pending.count})`;
          push('convocation', s, pending.due, detail, { ...mail('convocation', s.id), since: pending.latest });
        }
      }
      // Once the session is over: the satisfaction questionnaire and the attendance certificates (quality label).
      const after = addDays(span.last, 1);
      if (span.last < today && after >= addDays(today, -AFTER_SESSION_DAYS)) {
        if (!wasSent(s.data, templates.get('satisfaction-survey')))
          push('satisfaction-survey', s, after, title(s), mail('satisfaction-survey', s.id));
        if (!wasSent(s.data, templates.get('certificates')))
          push('certificates', s, after, title(s), { action: { command: 'certificates', session: s.id } });
      }
    }
    // Six months after the end: remove learners' accounts and personal data (rule 8).
    const purge = nextPurge(span.last, text(s.data.purged_on), ws.config.retention);
    if (purge && purge.due <= horizon && s.participants > 0)
      push('purge-personal-data', s, purge.due, `${title(s)} (${s.participants})`, { action: { command: 'purge' } });
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
    // The mission's last sessions approach and no closing webinar is planned: plan it (and its questionnaire).
    const closing = closingWebinarDue(ws, m, own);
    if (closing && closing <= horizon)
      push('closing-webinar', m, closing, String(m.data.title ?? m.id), {
        action: { command: 'new-session', mission: m.id },
      });
    const pay = paymentState(m.data, own, today);
    if (pay.unrequested.length && !pay.requested_this_month)
      push('retribution-request', m, today, pay.unrequested.join(', '), { sessions: pay.unrequested });
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

  // Every year from `directory_check` (1 October by default): the personal-details mail to the whole directory.
  const directory = templates.get('directory-check');
  if (directory) {
    const from = `${today.slice(0, 4)}-${ws.config.directory_check}`;
    const due = addDays(from, DIRECTORY_CHECK_DAYS);
    if (from <= horizon && !sentInYear(ws, directory.id, today.slice(0, 4)))
      push('directory-check', directory, due, text(directory.data.name) ?? directory.id, mail('directory-check'));
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.kind < b.kind ? -1 : 1));
}

/** Days after a session's end during which its satisfaction questionnaire and certificates are reminded. */
export const AFTER_SESSION_DAYS = 30;
/** Days from `directory_check` to the day the yearly mail is due (1–15 October by default). */
export const DIRECTORY_CHECK_DAYS = 14;
/** Days before a mission's last session from which its closing webinar is reminded. */
export const CLOSING_WEBINAR_LEAD_DAYS = 14;

/** Reminders that a template answers; the sample's ids serve when no template names its reminders. */
const CONVENTIONAL_TEMPLATES: Partial<Record<TodoKind, string>> = {
  'follow-up-mail': 'relance-deux-semaines',
  'directory-check': 'verification-annuelle-coordonnees',
  convocation: 'convocation-test-positionnement',
  'satisfaction-survey': 'questionnaire-satisfaction-attestation',
  certificates: 'questionnaire-satisfaction-attestation',
};

/**
 * The template of each reminder: the first (by id) whose `reminders:` lists it, else the one with
 * the conventional id; for the yearly check, else the first template for the whole directory.
 */
export function reminderTemplates(ws: Workspace): Map<TodoKind, RecordFacts> {
  const all = factsOf(ws, 'email-template').sort((a, b) => (a.id < b.id ? -1 : 1));
  const out = new Map<TodoKind, RecordFacts>();
  for (const t of all)
    for (const kind of list(t.data.reminders))
      if (TODO_KINDS.includes(kind as TodoKind) && !out.has(kind as TodoKind)) out.set(kind as TodoKind, t);
  for (const [kind, id] of Object.entries(CONVENTIONAL_TEMPLATES) as [TodoKind, string][]) {
    const t = all.find((r) => r.id === id);
    if (t && !out.has(kind)) out.set(kind, t);
  }
  const directory = all.find((t) => t.data.audience === 'directory');
  if (directory && !out.has('directory-check')) out.set('directory-check', directory);
  return out;
}

/** The days a record's `sent` list says this template was composed, in order. */
function sentDays(data: Data, template: string): string[] {
  return list(data.sent)
    .filter(isObject)
    .filter((e) => e.template === template && typeof e.on === 'string')
    .map((e) => String(e.on))
    .sort();
}

const wasSent = (data: Data, template: RecordFacts | undefined): boolean =>
  !!template && sentDays(data, template.id).length > 0;

/** Whether the directory's template was sent in `year`: recorded in the template itself or in any session. */
function sentInYear(ws: Workspace, template: string, year: string): boolean {
  const records = [...factsOf(ws, 'email-template'), ...factsOf(ws, 'session')];
  return records.some((r) => sentDays(r.data, template).some((d) => d.startsWith(year)));
}

/**
 * Participants a session has not convoked: those added (`added_on`) after the last convocation was
 * sent, or all of them when none was. Due on the first of those additions (today when undated).
 */
function unconvoked(
  ws: Workspace,
  s: RecordFacts,
  template: RecordFacts | undefined,
): { count: number; due: string; latest?: string } | undefined {
  const last = template ? sentDays(s.data, template.id).pop() : undefined;
  const participants = list(ws.record(s.id, 'session')?.data.participants).filter(isObject);
  const pending = participants.map((p) => text(p.added_on)).filter((added) => (last ? !!added && added > last : true));
  if (!pending.length) return undefined;
  const dated = pending.filter((d): d is string => !!d).sort();
  // A dismissal holds for the participants added up to its day: one added later needs a convocation again.
  return { count: pending.length, due: dated[0] && dated[0] < ws.today ? dated[0] : ws.today, latest: dated.pop() };
}

/**
 * When a mission that needs a closing webinar (its order or its programme lists one) has none
 * planned: due two weeks before its last session starts. Undefined when it has one or needs none.
 */
function closingWebinarDue(ws: Workspace, m: RecordFacts, own: readonly RecordFacts[]): string | undefined {
  if (own.some((s) => s.data.kind === 'closing-webinar')) return undefined;
  const ordered = list(m.data.ordered).some((o) => isObject(o) && o.kind === 'closing-webinar');
  const programmes = new Set(own.map((s) => text(s.data.programme)).filter((p): p is string => !!p));
  const planned =
    ordered || [...programmes].some((p) => list(ws.record(p, 'programme')?.data.webinars).includes('closing-webinar'));
  const starts = own.map((s) => spanOf(s.data)?.first).filter((d): d is string => !!d);
  if (!planned || !starts.length) return undefined;
  return addDays(starts.sort().pop()!, -CLOSING_WEBINAR_LEAD_DAYS);
}

/** The `atelier` command line that does a to-do, when the CLI has one (a new session is made in the editor). */
export function actionCommandLine(action: TodoAction | undefined): string | undefined {
  switch (action?.command) {
    case 'email':
      return `atelier email ${action.template}${action.session ? ` --session ${action.session}` : ''}`;
    case 'certificates':
      return `atelier certificates ${action.session}`;
    case 'purge':
      return 'atelier purge';
    default:
      return undefined;
  }
}
