/** To do: reminders and actions the rules allow now, soonest first. */
import * as vscode from 'vscode';
import { computeTodos, isOverdue, type TodoKind } from '../../core';
import type { AtelierRoot } from '../atelierRoots';
import { recordItem, RecordTree, type Node } from './base';

const LABEL: Record<TodoKind, () => string> = {
  'activity-check': () => vscode.l10n.t('Check the group activity'),
  'follow-up-mail': () => vscode.l10n.t('Send the follow-up mail'),
  'learners-list': () => vscode.l10n.t('Collect the learners list'),
  'purge-personal-data': () => vscode.l10n.t('Purge learners personal data'),
  'retribution-request': () => vscode.l10n.t('Request retributions'),
  'mission-close': () => vscode.l10n.t('Close the mission'),
  'session-past-planned': () => vscode.l10n.t('Past session still planned'),
};

export class TodoTree extends RecordTree {
  protected build(root: AtelierRoot): Node[] {
    const today = root.workspace.today;
    return computeTodos(root.workspace).map((t) => {
      const overdue = isOverdue(t, today);
      return {
        item: recordItem(
          root,
          t.path,
          LABEL[t.kind](),
          `${t.due}${overdue ? ' ⚠' : ''} · ${t.detail}`,
          new vscode.ThemeIcon(overdue ? 'warning' : 'checklist'),
          `todo.${t.kind}`,
        ),
      };
    });
  }
}
