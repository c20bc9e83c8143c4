/** History facts of one changed record, derived from its committed versions (pure: hosts read git). */
import { list, isObject, type Data } from '../records';
import {
  newParticipants,
  newRequests,
  newlyRequestedSessions,
  ParticipantIndex,
  participantsOf,
  requestsOf,
} from './identity';
import { RecordReader, type ReadRecord } from './record';
import { newSent, sameSent, sentOf } from './sent';
import type { ChangedFile, CommittedVersion, Dated, HistoryFacts, HistoryNeeds, PastRequest } from './types';

/** What to gather for a changed file, from its base and current versions (undefined when unreadable). */
export function historyNeeds(base: ReadRecord | undefined, current: ReadRecord | undefined): HistoryNeeds {
  const none = { commits: false, earlier: false };
  if (!current) return none;
  const before = base && base.type === current.type ? base.data : undefined;
  if (current.type === 'session') {
    // A `sent` entry the change adds: every version tells whether the file said so after that day.
    const sent = newSent(before, current.data).length > 0;
    return { commits: !base || sent || newParticipants(before, current.data).length > 0, earlier: sent };
  }
  if (current.type === 'mission') {
    return {
      commits: newlyRequestedSessions(before, current.data).size > 0,
      earlier: newRequests(before, current.data).length > 0,
    };
  }
  return none;
}

const short = (hash: string) => hash.slice(0, 7);
const dated = (v: CommittedVersion): Dated =>
  v.boundary ? { day: v.day, commit: short(v.hash), shallow: true } : { day: v.day, commit: short(v.hash) };

export function historyFacts(change: ChangedFile, today: string, reader = new RecordReader()): HistoryFacts {
  const path = change.path ?? change.basePath ?? '';
  const dataOf = (v: CommittedVersion): Data | undefined => reader.read(path, v.text)?.data;
  const indexes = new WeakMap<Data, ParticipantIndex>();
  const participantIndex = (data: Data): ParticipantIndex => {
    let index = indexes.get(data);
    if (!index) indexes.set(data, (index = new ParticipantIndex(participantsOf(data))));
    return index;
  };
  const commits = change.commits ?? [];
  // The earliest commit (by day) whose version satisfies `has`; today when none does yet.
  const firstWhere = (has: (data: Data) => boolean): Dated => {
    let best: CommittedVersion | undefined;
    for (const v of commits) {
      const data = dataOf(v);
      if (data && has(data) && (!best || v.day < best.day)) best = v;
    }
    return best ? dated(best) : { day: today };
  };
  return {
    fileAdded: () => {
      const first = commits.reduce<CommittedVersion | undefined>((a, v) => (!a || v.day < a.day ? v : a), undefined);
      return first ? dated(first) : { day: today };
    },
    participantAdded: (p) => firstWhere((data) => participantIndex(data).find(p) !== undefined),
    retributionRequested: (id) =>
      firstWhere((data) => list(data.retributions).some((r) => isObject(r) && list(r.sessions).includes(id))),
    sentLaterWithout: (entry) => {
      const later = [...(change.earlier ?? []), ...commits]
        .filter((v) => v.day > entry.on)
        .sort((a, b) => a.day.localeCompare(b.day));
      const without = later.find((v) => {
        const data = dataOf(v);
        return data !== undefined && !sentOf(data).some((e) => sameSent(e, entry));
      });
      return without && dated(without);
    },
    pastRequests: () => {
      const seen = new Set<string>();
      const out: PastRequest[] = [];
      for (const v of [...(change.earlier ?? []), ...commits]) {
        for (const r of requestsOf(dataOf(v))) {
          if (!r.requested) continue;
          const month = r.requested.slice(0, 7);
          const key = `${month} ${[...r.sessions].sort().join(',')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ month, sessions: r.sessions, commit: short(v.hash) });
        }
      }
      return out;
    },
  };
}
