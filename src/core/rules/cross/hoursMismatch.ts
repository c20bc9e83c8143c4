/**
 * Issue 12 item 5: the hours a mission's sessions plan agree with what its accepted quote sold —
 * the quote's programme's `hours` and the quote's hour and day lines (a day at the programme's `hours_per_day`,
 * else 7 h). The same comparison as the convention's, made while planning.
 *
 * Too many hours are reported on the session that goes past what was sold (sessions in date
 * order); too few on the mission, once its planning is complete (every ordered session planned)
 * or it is closed: an open mission still being planned has fewer hours by nature.
 */
import type { FileAnalysis } from '../../analyze';
import type { Finding } from '../../diagnostics';
import { quoteHours, sameHours, sessionHours } from '../../figures/hours';
import { isObject, list, num, text } from '../../records';
import { sessionsOfMission } from './missionPlanning';
import type { CrossRule, IndexView } from './types';

interface Sold {
  /** What sold these hours: the programme (a "parcours") or the quote (its number). */
  by: 'programme' | 'quote';
  hours: number;
  name: string;
}

function recordOf(index: IndexView, id: string | undefined, type: string): FileAnalysis | undefined {
  return id ? index.recordsWithId(id).find((r) => r.type === type) : undefined;
}

/** The hours sold for a mission: by its accepted quote's programme and by the quote itself. */
function soldFor(mission: FileAnalysis, index: IndexView): Sold[] {
  const quote = recordOf(index, text(mission.facts?.quote), 'quote');
  // Nothing is sold until the quote is accepted; the programme sold is the quote's.
  const accepted = quote?.facts?.status === 'accepted' ? quote : undefined;
  const programme = recordOf(index, text(accepted?.facts?.programme), 'programme');
  const perDay = num(programme?.facts?.hours_per_day) ?? 7;
  const sold: Sold[] = [];
  const programmeHours = num(programme?.facts?.hours);
  if (programme && programmeHours !== undefined)
    sold.push({ by: 'programme', hours: programmeHours, name: text(programme.facts?.title) ?? programme.id });
  const quoted = accepted?.facts ? quoteHours(accepted.facts, perDay) : undefined;
  // The quote selling the programme's own hours says nothing more: one warning, not two.
  if (accepted && quoted !== undefined && !sold.some((s) => sameHours(s.hours, quoted)))
    sold.push({ by: 'quote', hours: quoted, name: text(accepted.facts?.number) ?? accepted.id });
  return sold;
}

/** Sessions in the order they happen (first slot), then by id. */
function inDateOrder(sessions: FileAnalysis[]): FileAnalysis[] {
  const first = (s: FileAnalysis) =>
    list(s.facts?.slots)
      .map((x) => (isObject(x) ? `${text(x.date) ?? ''} ${text(x.start) ?? ''}` : ''))
      .sort()[0] ?? '';
  return [...sessions].sort((a, b) => first(a).localeCompare(first(b)) || a.id.localeCompare(b.id));
}

const round = (h: number) => Math.round(h * 100) / 100;

function finding(planned: number, s: Sold, path: (string | number)[]): Finding {
  return {
    code: 'rule.hours-mismatch',
    severity: 'warning',
    path,
    target: 'key',
    args: { planned: round(planned), sold: round(s.hours), by: s.by, name: s.name },
  };
}

/**
 * Whether every session has slots, each with a start before its end: otherwise the hours cannot be
 * added up (the session's own rules say what is wrong) and a comparison would only repeat it.
 */
function countable(sessions: FileAnalysis[]): boolean {
  return sessions.every((s) => {
    const slots = list(s.facts?.slots);
    return slots.length > 0 && slots.every((x) => isObject(x) && sessionHours({ slots: [x] }) > 0);
  });
}

/** Too many hours: on the session whose slots go past what was sold. */
function overOnSession(session: FileAnalysis, index: IndexView): Finding[] {
  const missionId = text(session.facts?.mission);
  if (!missionId || session.facts?.status === 'cancelled') return [];
  const mission = recordOf(index, missionId, 'mission');
  if (!mission) return [];
  const sessions = inDateOrder(sessionsOfMission(missionId, index));
  if (!countable(sessions)) return [];
  const planned = sessions.reduce((sum, s) => sum + sessionHours(s.facts ?? {}), 0);
  const before = sessions
    .slice(
      0,
      sessions.findIndex((s) => s.path === session.path),
    )
    .reduce((sum, s) => sum + sessionHours(s.facts ?? {}), 0);
  const upTo = before + sessionHours(session.facts ?? {});
  return soldFor(mission, index)
    .filter((s) => upTo > s.hours && !sameHours(upTo, s.hours) && (before < s.hours || sameHours(before, s.hours)))
    .map((s) => finding(planned, s, ['slots']));
}

/** Too few hours: on the mission, once every ordered session is planned (or it is closed). */
function underOnMission(mission: FileAnalysis, index: IndexView): Finding[] {
  const sessions = sessionsOfMission(mission.id, index);
  const ordered = list(mission.facts?.ordered).reduce<number>(
    (sum, o) => sum + (isObject(o) ? (num(o.count) ?? 0) : 0),
    0,
  );
  const complete = mission.facts?.status === 'closed' || (ordered > 0 && sessions.length >= ordered);
  if (!complete || !sessions.length || !countable(sessions)) return [];
  const planned = sessions.reduce((sum, s) => sum + sessionHours(s.facts ?? {}), 0);
  return soldFor(mission, index)
    .filter((s) => planned < s.hours && !sameHours(planned, s.hours))
    .map((s) => finding(planned, s, ['quote']));
}

export const hoursMismatch: CrossRule = {
  check(record, index) {
    if (record.type === 'session') return overOnSession(record, index);
    if (record.type === 'mission') return underOnMission(record, index);
    return [];
  },
};
