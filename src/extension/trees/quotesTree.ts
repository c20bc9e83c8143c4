/** Quotes grouped by status, each group with its total including tax (one-off, then recurring per period). */
import * as vscode from 'vscode';
import { addRecurring } from '../../core/dashboard/money';
import type { RecurringMoney } from '../../core/dashboard/model';
import { computeStats } from '../../core/figures/stats';
import type { AtelierRoot } from '../atelierRoots';
import { group, money, recordItem, RecordTree, type Node } from './base';

const STATUSES = ['draft', 'validated', 'sent', 'accepted', 'refused', 'expired'];
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
    const quotes = computeStats(root.workspace).quotes;
    return STATUSES.flatMap((status) => {
      const own = quotes.filter((q) => q.status === status);
      if (!own.length) return [];
      const total = own.reduce((s, q) => s + q.total_ttc, 0);
      const recurring: RecurringMoney[] = [];
      for (const q of own) addRecurring(recurring, q.recurring_by_period);
      const children = own.map((q) => {
        const path = root.workspace.index.recordsWithId(q.id).find((r) => r.type === 'quote')?.path ?? '';
        return {
          item: recordItem(
            root,
            path,
            `${q.number ?? q.id} — ${q.client ?? ''}`,
            totalText(q.total_ttc, q.recurring_by_period, currency),
            new vscode.ThemeIcon(ICON[status]),
            'quote',
          ),
        };
      });
      return [
        group(
          vscode.l10n.t(status),
          children,
          totalText(total, recurring, currency),
          status !== 'refused' && status !== 'expired',
        ),
      ];
    });
  }
}
