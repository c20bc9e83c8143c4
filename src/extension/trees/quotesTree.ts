/** Quotes grouped by status, each group with its total including tax. */
import * as vscode from 'vscode';
import { computeStats } from '../../core/figures/stats';
import type { AtelierRoot } from '../atelierRoots';
import { group, money, recordItem, RecordTree, type Node } from './base';

const STATUSES = ['draft', 'validated', 'sent', 'accepted', 'refused', 'expired'];
const ICON: Record<string, string> = { draft: 'edit', validated: 'verified', sent: 'mail', accepted: 'check', refused: 'close', expired: 'history' };

export class QuotesTree extends RecordTree {
  protected build(root: AtelierRoot): Node[] {
    const currency = root.workspace.config.currency;
    const quotes = computeStats(root.workspace).quotes;
    return STATUSES.flatMap((status) => {
      const own = quotes.filter((q) => q.status === status);
      if (!own.length) return [];
      const total = own.reduce((s, q) => s + q.total_ttc, 0);
      const children = own.map((q) => {
        const path = root.workspace.index.recordsWithId(q.id).find((r) => r.type === 'quote')?.path ?? '';
        const recurring = q.recurring ? ` + ${money(q.recurring.total_ttc, currency)}/${q.recurring.period}` : '';
        return { item: recordItem(root, path, `${q.number ?? q.id} — ${q.client ?? ''}`, `${money(q.total_ttc, currency)} TTC${recurring}`, new vscode.ThemeIcon(ICON[status]), 'quote') };
      });
      return [group(vscode.l10n.t(status), children, `${money(total, currency)} TTC`, status !== 'refused' && status !== 'expired')];
    });
  }
}
