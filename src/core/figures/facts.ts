/**
 * Records as the index keeps them: the front matter without participant lists, plus their counts.
 * Figures read these instead of parsing every file again (10,000 records: milliseconds, not seconds).
 */
import { sessionSpan, type Data } from '../records';
import type { RecordType } from '../schema/schemas';
import type { Workspace } from '../workspace';
import type { AttendanceTally } from './sessionFigures';

export interface RecordFacts {
  id: string;
  path: string;
  data: Data;
  /** Number of participants (sessions; 0 otherwise). */
  participants: number;
  attendance: AttendanceTally;
}

const NONE: AttendanceTally = { present: 0, recorded: 0 };

/** Every readable record of a type, in path order. */
export function factsOf(ws: Workspace, type: RecordType): RecordFacts[] {
  return ws.analysesOf(type).flatMap((a) =>
    a.facts
      ? [
          {
            id: a.id,
            path: a.path,
            data: a.facts,
            participants: a.participantCount ?? 0,
            attendance: a.attendance ?? NONE,
          },
        ]
      : [],
  );
}

/** Sessions grouped by the mission they belong to (cancelled ones included). */
export function sessionsByMission(sessions: readonly RecordFacts[]): Map<string, RecordFacts[]> {
  const out = new Map<string, RecordFacts[]>();
  for (const s of sessions) {
    const m = s.data.mission;
    if (typeof m === 'string') (out.get(m) ?? out.set(m, []).get(m)!).push(s);
  }
  return out;
}

const spans = new WeakMap<Data, { first: string; last: string } | null>();

/** A session's first and last day, remembered while its facts are unchanged (figures ask for it several times). */
export function spanOf(data: Data): { first: string; last: string } | undefined {
  let span = spans.get(data);
  if (span === undefined) spans.set(data, (span = sessionSpan(data) ?? null));
  return span ?? undefined;
}
