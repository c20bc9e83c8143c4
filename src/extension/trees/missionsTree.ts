/** Missions: sessions planned / ordered, kind by kind, and the retribution request to make now. */
import * as vscode from 'vscode';
import { computeStats, computeTodos, text } from '../../core';
import type { AtelierRoot } from '../atelierRoots';
import { factsTooltip, recordItem, RecordTree, type Node } from './base';
import { todoDetail } from './todoTree';
import { channelWord, kindWord, plural, statusWord, words } from '../words';

const doneText = (n: number) =>
  plural(
    n,
    () => vscode.l10n.t('{0} session held', n),
    () => vscode.l10n.t('{0} sessions held', n),
  );

export class MissionsTree extends RecordTree {
  protected build(root: AtelierRoot): Node[] {
    const todos = computeTodos(root.workspace, 0);
    const w = words();
    return computeStats(root.workspace).missions.map((m) => {
      const data = root.workspace.record(m.id, 'mission')?.data;
      const client = (m.client && text(root.workspace.record(m.client, 'client')?.data.name)) ?? m.client ?? undefined;
      const label = text(data?.title) ?? client ?? m.id;
      const item = recordItem(
        root,
        m.path,
        label,
        `${m.planned} / ${m.ordered}`,
        new vscode.ThemeIcon(m.status === 'closed' ? 'lock' : 'briefcase'),
        `mission.${m.status}`,
      );
      item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
      item.tooltip = factsTooltip(
        label,
        [
          [w.client, client],
          [w.channel, channelWord(text(root.workspace.record(m.client ?? '', 'client')?.data.channel))],
          [w.status, statusWord('mission', m.status)],
          [vscode.l10n.t('Sessions planned / ordered'), `${m.planned} / ${m.ordered}`],
          [w.done, String(m.done)],
        ],
        m.path,
      );
      const children: Node[] = m.by_kind.map((k) => {
        const leaf = new vscode.TreeItem(kindWord(k.kind));
        leaf.description = `${k.planned} / ${k.ordered} · ${doneText(k.done)}`;
        leaf.tooltip = vscode.l10n.t('Sessions planned / ordered, and done');
        leaf.iconPath = new vscode.ThemeIcon(
          k.planned > k.ordered ? 'warning' : 'symbol-number',
          k.planned > k.ordered ? new vscode.ThemeColor('list.warningForeground') : undefined,
        );
        return { item: leaf };
      });
      for (const t of todos.filter(
        (t) => t.id === m.id && (t.kind === 'retribution-request' || t.kind === 'mission-close'),
      )) {
        const leaf = new vscode.TreeItem(
          t.kind === 'retribution-request' ? vscode.l10n.t('Retribution to request') : vscode.l10n.t('Ready to close'),
        );
        leaf.description = todoDetail(t);
        leaf.iconPath = new vscode.ThemeIcon(t.kind === 'retribution-request' ? 'credit-card' : 'pass-filled');
        children.push({ item: leaf });
      }
      return { item, children };
    });
  }
}
