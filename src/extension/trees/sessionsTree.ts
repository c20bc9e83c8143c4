/** Sessions: the next 7 days, upcoming, and past by month; icon by status, date, kind and fill in the description. */
import * as vscode from 'vscode';
import { computeStats, isObject, sessionCalendar, text } from '../../core';
import type { AtelierRoot } from '../atelierRoots';
import { factsTooltip, group, recordItem, RecordTree, type Node } from './base';
import { dateWord, kindWord, monthWord, statusWord, words } from '../words';

const ICON: Record<string, string> = {
  planned: 'calendar',
  launched: 'play-circle',
  done: 'pass',
  cancelled: 'circle-slash',
};

type Session = ReturnType<typeof computeStats>['sessions'][number];

/** "12 mars 2026" or "12 – 14 mars 2026"'s two ends, as dates are written in the display language. */
function datesOf(s: Session): string {
  if (!s.first_date) return vscode.l10n.t('No date');
  return s.last_date && s.last_date !== s.first_date
    ? `${dateWord(s.first_date)} – ${dateWord(s.last_date)}`
    : dateWord(s.first_date);
}

/** Where it happens: the place, or "online". */
function whereOf(data: Record<string, unknown> | undefined): string | undefined {
  const place = text(data?.place);
  const online = isObject(data?.online) ? vscode.l10n.t('online') : undefined;
  return [place, online].filter(Boolean).join(' · ') || undefined;
}

function tooltip(root: AtelierRoot, s: Session): vscode.MarkdownString {
  const data = root.workspace.record(s.id, 'session')?.data;
  const capacity = s.capacity ?? '—';
  const w = words();
  return factsTooltip(
    s.title ?? s.id,
    [
      [w.kind, kindWord(s.kind)],
      [w.status, statusWord('session', s.status)],
      [vscode.l10n.t('Dates'), datesOf(s)],
      [vscode.l10n.t('Place'), whereOf(data)],
      [vscode.l10n.t('Participants / capacity'), `${s.participants} / ${capacity}`],
      [vscode.l10n.t('Attendance (present / recorded)'), s.recorded ? `${s.present} / ${s.recorded}` : undefined],
    ],
    s.path,
  );
}

export class SessionsTree extends RecordTree {
  protected build(root: AtelierRoot): Node[] {
    const sessions = computeStats(root.workspace).sessions;
    const node = (s: Session): Node => {
      const item = recordItem(
        root,
        s.path,
        s.title ?? s.id,
        `${dateWord(s.first_date)} · ${kindWord(s.kind)} · ${s.participants} / ${s.capacity ?? '—'}`,
        new vscode.ThemeIcon(ICON[s.status ?? ''] ?? 'circle-outline'),
        `session.${s.status}`,
      );
      item.tooltip = tooltip(root, s);
      return { item };
    };
    const { this_week, upcoming, past, past_count } = sessionCalendar(sessions, root.workspace.today);
    const soon = group(vscode.l10n.t('Next 7 days'), this_week.map(node), String(this_week.length));
    soon.item.tooltip = vscode.l10n.t('Sessions running today or starting within 7 days');
    return [
      soon,
      group(vscode.l10n.t('Upcoming'), upcoming.map(node), String(upcoming.length)),
      group(
        vscode.l10n.t('Past'),
        past.map((m) => group(monthWord(m.month), m.sessions.map(node), String(m.sessions.length), false)),
        String(past_count),
        false,
      ),
    ];
  }
}
