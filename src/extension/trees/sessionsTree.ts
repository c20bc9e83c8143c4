/** Sessions: this week, upcoming, and past by month; icon by status, date and fill in the description. */
import * as vscode from 'vscode';
import { computeStats, sessionCalendar } from '../../core';
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
    const sessions = computeStats(root.workspace).sessions;
    const node = (s: (typeof sessions)[number]): Node => {
      const fill = `${s.participants}/${s.capacity ?? '—'}`;
      return {
        item: recordItem(
          root,
          s.path,
          s.title ?? s.id,
          `${s.first_date ?? '?'} · ${fill}`,
          new vscode.ThemeIcon(ICON[s.status ?? ''] ?? 'circle-outline'),
          `session.${s.status}`,
        ),
      };
    };
    const { this_week, upcoming, past, past_count } = sessionCalendar(sessions, root.workspace.today);
    return [
      group(vscode.l10n.t('This week'), this_week.map(node), String(this_week.length)),
      group(vscode.l10n.t('Upcoming'), upcoming.map(node), String(upcoming.length)),
      group(
        vscode.l10n.t('Past'),
        past.map((m) => group(m.month, m.sessions.map(node), String(m.sessions.length), false)),
        String(past_count),
        false,
      ),
    ];
  }
}
