/** To do: reminders and actions the rules allow now, soonest first; overdue ones in the theme's warning colour. */
import * as vscode from 'vscode';
import { computeTodos, isOverdue, todoWords, type Todo } from '../../core';
import type { AtelierRoot } from '../atelierRoots';
import { factsTooltip, recordItem, RecordTree, type Node } from './base';
import { dateWord, displayLocale, plural, words } from '../words';

/** A row of the To do view: the to-do itself travels with it, for the row's own commands. */
export interface TodoNode extends Node {
  todo: Todo;
  root: AtelierRoot;
}

const sessionCount = (n: number) =>
  plural(
    n,
    () => vscode.l10n.t('{0} session', n),
    () => vscode.l10n.t('{0} sessions', n),
  );

/** The to-do's own words: a count of sessions rather than their ids. */
export function todoDetail(t: Todo): string {
  if (t.kind === 'retribution-request') return sessionCount(t.sessions?.length ?? 0);
  if (t.kind === 'mission-close') return sessionCount(Number(t.detail) || 0);
  return t.detail;
}

export class TodoTree extends RecordTree {
  protected build(root: AtelierRoot): TodoNode[] {
    const today = root.workspace.today;
    const w = words();
    return computeTodos(root.workspace).map((t) => {
      const overdue = isOverdue(t, today);
      const label = w.todoKinds[t.kind];
      const item = recordItem(
        root,
        t.path,
        label,
        `${overdue ? `${w.overdue} · ` : ''}${dateWord(t.due)} · ${todoDetail(t)}`,
        overdue
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
          : new vscode.ThemeIcon('checklist'),
        // `todo.KIND.ACTION`: the menus offer the row's action (email, certificates, purge, new-session) and Dismiss….
        `todo.${t.kind}.${t.action?.command ?? 'open'}`,
      );
      const sessions = (t.sessions ?? []).map((id) => String(root.workspace.record(id, 'session')?.data.title ?? id));
      item.tooltip = factsTooltip(
        label,
        [
          [w.due, `${dateWord(t.due)}${overdue ? ` (${w.overdue})` : ''}`],
          [w.sessions, sessions.join(', ') || undefined],
          [vscode.l10n.t('Why'), todoWords(displayLocale()).why[t.kind](t.due)],
        ],
        t.path,
      );
      return { item, todo: t, root };
    });
  }
}
