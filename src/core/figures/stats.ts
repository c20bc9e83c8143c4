/** The figures of `atelier stats --format json` (shared/format.md), from a loaded workspace. */
import { text } from '../records';
import type { Workspace } from '../workspace';
import { missionFigures, type MissionFigures } from './missionFigures';
import { quoteTotals, type QuoteTotals } from './quoteTotals';
import { sessionFigures, type SessionFigures } from './sessionFigures';

export interface QuoteStat extends QuoteTotals {
  id: string;
  number: string | null;
  status: string | null;
  client: string | null;
  date: string | null;
}

export interface SessionStat extends SessionFigures {
  id: string;
  title: string | null;
  status: string | null;
  kind: string | null;
  mission: string | null;
  programme: string | null;
  first_date: string | null;
  last_date: string | null;
}

export interface MissionStat extends MissionFigures {
  id: string;
  status: string | null;
  client: string | null;
}

export interface Stats {
  quotes: QuoteStat[];
  sessions: SessionStat[];
  missions: MissionStat[];
}

const orNull = (v: unknown): string | null => text(v) ?? null;

export function computeStats(ws: Workspace): Stats {
  const sessions = ws.recordsOf('session');
  const quotes: QuoteStat[] = ws.recordsOf('quote').map((q) => ({
    id: q.id,
    number: orNull(q.data.number),
    status: orNull(q.data.status),
    client: orNull(q.data.client),
    date: orNull(q.data.date),
    ...quoteTotals(q.data, ws.config.vat_rate),
  }));
  const sessionStats: SessionStat[] = sessions.map((s) => {
    const days = ((s.data.slots as { date?: unknown }[] | undefined) ?? []).map((x) => (x && typeof x === 'object' ? text(x.date) : undefined)).filter((d): d is string => !!d).sort();
    return {
      id: s.id,
      title: orNull(s.data.title),
      status: orNull(s.data.status),
      kind: orNull(s.data.kind),
      mission: orNull(s.data.mission),
      programme: orNull(s.data.programme),
      first_date: days[0] ?? null,
      last_date: days[days.length - 1] ?? null,
      ...sessionFigures(s.data),
    };
  });
  const missions: MissionStat[] = ws.recordsOf('mission').map((m) => ({
    id: m.id,
    status: orNull(m.data.status),
    client: orNull(m.data.client),
    ...missionFigures(
      m.data,
      sessions.filter((s) => s.data.mission === m.id).map((s) => s.data),
    ),
  }));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { quotes: quotes.sort(byId), sessions: sessionStats.sort(byId), missions: missions.sort(byId) };
}
