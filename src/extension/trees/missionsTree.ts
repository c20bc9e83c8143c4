/** Missions: planned / ordered, kind by kind, and the retribution request to make now. */
import * as vscode from 'vscode';
import { computeStats, computeTodos } from '../../core';
import type { AtelierRoot } from '../atelierRoots';
import { recordItem, RecordTree, type Node } from './base';

export class MissionsTree extends RecordTree {
  protected build(root: AtelierRoot): Node[] {
    const todos = computeTodos(root.workspace, 0);
    return computeStats(root.workspace).missions.map((m) => {
      const item = recordItem(
        root,
        m.path,
        m.id,
        `${m.planned} / ${m.ordered}`,
        new vscode.ThemeIcon(m.status === 'closed' ? 'lock' : 'briefcase'),
        `mission.${m.status}`,
      );
      item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
      const children: Node[] = m.by_kind.map((k) => {
        const leaf = new vscode.TreeItem(k.kind);
        leaf.description = vscode.l10n.t('{0} planned / {1} ordered, {2} done', k.planned, k.ordered, k.done);
        leaf.iconPath = new vscode.ThemeIcon(k.planned > k.ordered ? 'warning' : 'symbol-number');
        return { item: leaf };
      });
      for (const t of todos.filter(
        (t) => t.id === m.id && (t.kind === 'retribution-request' || t.kind === 'mission-close'),
      )) {
        const leaf = new vscode.TreeItem(
          t.kind === 'retribution-request' ? vscode.l10n.t('Retribution to request') : vscode.l10n.t('Ready to close'),
        );
        leaf.description = t.detail;
        leaf.iconPath = new vscode.ThemeIcon(t.kind === 'retribution-request' ? 'credit-card' : 'pass-filled');
        children.push({ item: leaf });
      }
      return { item, children };
    });
  }
}
