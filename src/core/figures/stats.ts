/** The figures of `atelier stats --format json` (shared/format.md), from a loaded workspace. */
import { text } from '../records';
import type { Workspace } from '../workspace';
import { factsOf, sessionsByMission, spanOf } from './facts';
import { missionFigures, type MissionFigures } from './missionFigures';
import { quoteTotals, type QuoteTotals } from './quoteTotals';
import { figuresFromCounts, type SessionFigures } from './sessionFigures';

export interface QuoteStat extends QuoteTotals {
  id: string;
  /** The record's file, relative to the workspace. */
  path: string;
  number: string | null;
  status: string | null;
  client: string | null;
  date: string | null;
}

export interface SessionStat extends SessionFigures {
  id: string;
  path: string;
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
  path: string;
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
  const sessions = factsOf(ws, 'session');
  const quotes: QuoteStat[] = factsOf(ws, 'quote').map((q) => ({
    id: q.id,
    path: q.path,
    number: orNull(q.data.number),
    status: orNull(q.data.status),
    client: orNull(q.data.client),
    date: orNull(q.data.date),
    ...quoteTotals(q.data, ws.config.vat_rate),
  }));
  const sessionStats: SessionStat[] = sessions.map((s) => {
    const span = spanOf(s.data);
    return {
      id: s.id,
      path: s.path,
      title: orNull(s.data.title),
      status: orNull(s.data.status),
      kind: orNull(s.data.kind),
      mission: orNull(s.data.mission),
      programme: orNull(s.data.programme),
      first_date: span?.first ?? null,
      last_date: span?.last ?? null,
      ...figuresFromCounts(s.data.capacity, s.participants, s.attendance),
    };
  });
  const byMission = sessionsByMission(sessions);
  const missions: MissionStat[] = factsOf(ws, 'mission').map((m) => ({
    id: m.id,
    path: m.path,
    status: orNull(m.data.status),
    client: orNull(m.data.client),
    ...missionFigures(
      m.data,
      (byMission.get(m.id) ?? []).map((s) => s.data),
    ),
  }));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { quotes: quotes.sort(byId), sessions: sessionStats.sort(byId), missions: missions.sort(byId) };
}
