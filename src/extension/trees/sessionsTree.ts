/** Sessions: this week, upcoming, and past by month; icon by status, date and fill in the description. */
import * as vscode from 'vscode';
import { computeStats } from '../../core/figures/stats';
import { addDays } from '../../core/records';
import type { AtelierRoot } from '../atelierRoots';
import { group, recordItem, RecordTree, type Node } from './base';

const ICON: Record<string, string> = {
  planned: 'calendar',
  launched: 'play-circle',
  done: 'pass',
  cancelled: 'circle-slash',
};

export class SessionsTree extends RecordTree {
  protected build(root: AtelierRoot): Node[] {
    const today = root.workspace.index.today;
    const week = addDays(today, 7);
    const sessions = computeStats(root.workspace).sessions;
    const node = (s: (typeof sessions)[number]): Node => {
      const path = root.workspace.index.recordsWithId(s.id).find((r) => r.type === 'session')?.path ?? '';
      const fill = `${s.participants}/${s.capacity ?? '—'}`;
      return {
        item: recordItem(
          root,
          path,
          s.title ?? s.id,
          `${s.first_date ?? '?'} · ${fill}`,
          new vscode.ThemeIcon(ICON[s.status ?? ''] ?? 'circle-outline'),
          `session.${s.status}`,
        ),
      };
    };
    const byDate = [...sessions].sort((a, b) => ((a.first_date ?? '') < (b.first_date ?? '') ? -1 : 1));
    const thisWeek = byDate.filter((s) => (s.last_date ?? '') >= today && (s.first_date ?? '') <= week);
    const upcoming = byDate.filter((s) => (s.first_date ?? '') > week);
    const past = byDate.filter((s) => (s.last_date ?? '') < today).reverse();
    const months = new Map<string, Node[]>();
    for (const s of past) {
      const m = (s.first_date ?? '????-??').slice(0, 7);
      months.set(m, [...(months.get(m) ?? []), node(s)]);
    }
    return [
      group(vscode.l10n.t('This week'), thisWeek.map(node), String(thisWeek.length)),
      group(vscode.l10n.t('Upcoming'), upcoming.map(node), String(upcoming.length)),
      group(
        vscode.l10n.t('Past'),
        [...months].map(([m, children]) => group(m, children, String(children.length), false)),
        String(past.length),
        false,
      ),
    ];
  }
}
