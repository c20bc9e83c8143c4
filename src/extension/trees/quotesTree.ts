/** Quotes grouped by status, each group with its total including tax (one-off, then recurring per period). */
import * as vscode from 'vscode';
import { computeStats, quotesByStatus, quoteStatuses, text, type RecurringMoney } from '../../core';
import type { AtelierRoot } from '../atelierRoots';
import { factsTooltip, group, recordItem, RecordTree, type Node } from './base';
import { capitalized, channelWord, dateWord, money, statusWord, words } from '../words';

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

type Quote = ReturnType<typeof computeStats>['quotes'][number];

function tooltip(root: AtelierRoot, q: Quote, client: string, currency: string): vscode.MarkdownString {
  const data = root.workspace.record(q.id, 'quote')?.data;
  const w = words();
  return factsTooltip(
    `${q.number ?? q.id} — ${client}`,
    [
      [w.client, client],
      [w.channel, channelWord(text(root.workspace.record(q.client ?? '', 'client')?.data.channel))],
      [w.status, statusWord('quote', q.status)],
      [w.date, q.date ? dateWord(q.date) : undefined],
      [w.validUntil, text(data?.valid_until) ? dateWord(text(data?.valid_until)) : undefined],
      [capitalized(w.ht), money(q.total_ht, currency)],
      [capitalized(w.ttc), money(q.total_ttc, currency)],
      ...q.recurring_by_period.map(
        (r) => [capitalized(w.perPeriod[r.period]), `${money(r.total_ttc, currency)} ${w.ttc}`] as const,
      ),
    ],
    q.path,
  );
}

export class QuotesTree extends RecordTree {
  protected build(root: AtelierRoot): Node[] {
    const currency = root.workspace.config.currency;
    const clientName = (id: string | null) =>
      (id && text(root.workspace.record(id, 'client')?.data.name)) ?? id ?? words().none;
    // The statuses of the flow that have quotes; a quote with another status is left to its diagnostic.
    const groups = quotesByStatus(computeStats(root.workspace).quotes).filter(
      (g) => g.count > 0 && quoteStatuses.includes(g.status),
    );
    return groups.map(({ status, quotes, total_ttc, recurring }) => {
      const children = quotes.map((q) => {
        const client = clientName(q.client);
        const item = recordItem(
          root,
          q.path,
          `${q.number ?? q.id} — ${client}`,
          totalText(q.total_ttc, q.recurring_by_period, currency),
          new vscode.ThemeIcon(ICON[status]),
          `quote.${status}`,
        );
        item.tooltip = tooltip(root, q, client, currency);
        return { item };
      });
      return group(
        capitalized(statusWord('quote', status)),
        children,
        totalText(total_ttc, recurring, currency),
        status !== 'refused' && status !== 'expired',
      );
    });
  }
}
