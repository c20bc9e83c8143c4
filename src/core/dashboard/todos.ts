/** To do this week: the reminders and actions of figures/todos.ts, within the programme and client filters. */
import { computeTodos, isOverdue } from '../figures/todos';
import { todoWords } from '../i18n/todo';
import type { Workspace } from '../workspace';
import type { Links } from './links';
import { listing, type Listing, type TodoRow } from './model';
import type { Scope } from './scope';

/** Reminders due within a week (overdue ones included), as the To do view lists them. */
export const TODO_DAYS = 7;

export function todosSection(
  ws: Workspace,
  links: Links,
  scope: Scope,
  limit: number,
  linksLimit: number,
): Listing<TodoRow> {
  const today = ws.today;
  const rows = computeTodos(ws, TODO_DAYS)
    .filter((t) => scope.matches(t.id))
    .map((t): TodoRow => ({
      id: t.id,
      path: t.path,
      label: links.get(t.id)?.label ?? t.id,
      kind: t.kind,
      due: t.due,
      overdue: isOverdue(t, today),
      detail: t.detail,
      why: todoWords(ws.locale).why[t.kind](t.due),
      ...(t.sessions
        ? {
            sessions: listing(
              t.sessions.flatMap((id) => links.get(id) ?? []),
              linksLimit,
            ),
          }
        : {}),
    }));
  return listing(rows, limit);
}
