/** `atelier todo`: the reminders of this week; `atelier todo done ID --reason …` dismisses one in its record. */
import { promises as fs } from 'fs';
import { replaceFile } from '../node/atomicFile';
import * as path from 'path';
import { dismissTodoEdit, parseTodoId } from '../core/commands/dismissTodo';
import { applyEdits } from '../core/edit/textEdit';
import { actionCommandLine, computeTodos, isOverdue, todoId, type Todo } from '../core/figures/todos';
import { TODO_DAYS } from '../core/dashboard/todos';
import { dashboardLabels } from '../core/i18n/dashboard';
import { usageWords } from '../core/i18n/cli';
import { todoWords } from '../core/i18n/todo';
import type { Workspace } from '../core/workspace';
import type { CliIo } from './cli';
import type { CommandInput } from './documents/input';
import { oneLine } from './terminal';
import { UsageError } from './usage';

/** One to-do as `todo --format json` prints it (shared/format.md). */
interface TodoJson {
  id: string;
  kind: string;
  record: string;
  file: string;
  due: string;
  overdue: boolean;
  label: string;
  /** Why it is due (a sentence in the workspace language). */
  why: string;
  /** The command that does it, or null when the CLI has none. */
  action: string | null;
}

export async function todoCommand(input: CommandInput, io: CliIo): Promise<number> {
  if (input.positional[0] === 'done') return done(input, io);
  if (input.positional.length) throw new UsageError(usageWords.unknownCommand(`todo ${input.positional[0]}`));
  const format = input.flag('--format') ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(usageWords.unknownFormat(format, ['text', 'json']));
  const { workspace } = await input.open();
  const todos = computeTodos(workspace, TODO_DAYS).map((t) => asJson(workspace, t));
  io.stdout(format === 'json' ? JSON.stringify({ todos }, null, 2) + '\n' : asText(workspace, todos));
  return 0;
}

function asJson(ws: Workspace, t: Todo): TodoJson {
  const kind = dashboardLabels(ws.locale).todoKinds[t.kind];
  return {
    id: todoId(t),
    kind: t.kind,
    record: t.id,
    file: t.path,
    due: t.due,
    overdue: isOverdue(t, ws.today),
    label: t.detail ? `${kind} — ${t.detail}` : kind,
    why: todoWords(ws.locale).why[t.kind](t.due),
    action: actionCommandLine(t.action) ?? null,
  };
}

function asText(ws: Workspace, todos: TodoJson[]): string {
  const w = todoWords(ws.locale);
  if (!todos.length) return `${w.none}\n`;
  const lines = [w.heading(todos.length, todos.filter((t) => t.overdue).length)];
  for (const t of todos) {
    lines.push(`  ${t.due}${t.overdue ? ` (${w.overdue})` : ''}  ${oneLine(t.label)}`);
    lines.push(`      ${oneLine(t.id)}  ${oneLine(t.file)}`);
    lines.push(`      ${oneLine(t.why)}`);
    if (t.action) lines.push(`      ${oneLine(w.doWith(t.action))}`);
  }
  return `${lines.join('\n')}\n${w.dismissWith}\n`;
}

async function done(input: CommandInput, io: CliIo): Promise<number> {
  const [, id, ...rest] = input.positional;
  if (!id || rest.length) throw new UsageError('usage: atelier todo done KIND:RECORD_ID --reason TEXT');
  const reason = input.flag('--reason')?.trim();
  const { workspace, dir } = await input.open();
  const w = todoWords(workspace.locale);
  if (!reason) throw new UsageError(w.needsReason);
  const parsed = parseTodoId(id);
  const todo =
    parsed && computeTodos(workspace, TODO_DAYS).find((t) => t.kind === parsed.kind && t.id === parsed.record);
  if (!todo) {
    io.stderr(`atelier: ${oneLine(w.unknownTodo(id))}\n`);
    return 1;
  }
  const file = path.join(dir, ...todo.path.split('/'));
  const text = await fs.readFile(file, 'utf8');
  const edit = dismissTodoEdit(text, todo.kind, workspace.today, reason);
  if (!edit) {
    io.stderr(`atelier: ${w.cannotEdit(todo.path)}\n`);
    return 1;
  }
  try {
    await replaceFile(file, applyEdits(text, [edit]));
  } catch (e) {
    io.stderr(`atelier: ${w.notWritten(todo.path, (e as NodeJS.ErrnoException).code ?? String(e))}\n`);
    return 2;
  }
  io.stderr(`atelier: ${w.dismissed(todoId(todo), todo.path)}\n`);
  io.stdout(`${todo.path}\n`);
  return 0;
}
