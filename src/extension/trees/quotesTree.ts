/** Quotes grouped by status, each group with its total including tax (one-off, then recurring per period). */
import * as vscode from 'vscode';
import { computeStats, quotesByStatus, quoteStatuses, type RecurringMoney } from '../../core';
import type { AtelierRoot } from '../atelierRoots';
import { group, money, recordItem, RecordTree, type Node } from './base';

const ICON: Record<string, string> = {
  draft: 'edit',
  validated: 'verified',
  sent: 'mail',
  accepted: 'check',
  refused: 'close',
  expired: 'history',
};

/** "1 680 € TTC + 720 € / semaine", as the dashboard writes a recurring part. */
function totalText(oneOff: number, recurring: readonly RecurringMoney[], currency: string): string {
  const per = recurring.map(
    (r) =>
      ` + ${r.period === 'week' ? vscode.l10n.t('{0} / week', money(r.total_ttc, currency)) : vscode.l10n.t('{0} / month', money(r.total_ttc, currency))}`,
  );
  return `${money(oneOff, currency)} TTC${per.join('')}`;
}

export class QuotesTree extends RecordTree {
  protected build(root: AtelierRoot): Node[] {
    const currency = root.workspace.config.currency;
    // The statuses of the flow that have quotes; a quote with another status is left to its diagnostic.
    const groups = quotesByStatus(computeStats(root.workspace).quotes).filter(
      (g) => g.count > 0 && quoteStatuses.includes(g.status),
    );
    return groups.map(({ status, quotes, total_ttc, recurring }) => {
      const children = quotes.map((q) => ({
        item: recordItem(
          root,
          q.path,
          `${q.number ?? q.id} — ${q.client ?? ''}`,
          totalText(q.total_ttc, q.recurring_by_period, currency),
          new vscode.ThemeIcon(ICON[status]),
          'quote',
        ),
      }));
      return group(
        vscode.l10n.t(status),
        children,
        totalText(total_ttc, recurring, currency),
        status !== 'refused' && status !== 'expired',
      );
    });
  }
}
