/** How an item is recognised from one version of a record to the next. */
import { date, isObject, list, text, type Data } from '../records';

function lower(value: unknown): string | undefined {
  const s = text(value)?.trim().toLowerCase();
  return s ? s : undefined;
}

function fullName(p: Data): string | undefined {
  const first = lower(p.first_name);
  const last = lower(p.last_name);
  return first && last ? `${first} ${last}` : undefined;
}

export function participantsOf(data: Data | undefined): Data[] {
  return data ? list(data.participants).filter(isObject) : [];
}

/** A participant list looked up by email and by name (sessions hold up to 60: no pairwise scans). */
export class ParticipantIndex {
  private readonly byEmail = new Map<string, Data>();
  private readonly byName = new Map<string, Data>();

  constructor(participants: readonly Data[]) {
    for (const p of participants) this.add(p);
  }

  /** Adds a participant (the first one with an email or a name keeps it). */
  add(p: Data): void {
    const email = lower(p.email);
    const name = fullName(p);
    if (email && !this.byEmail.has(email)) this.byEmail.set(email, p);
    if (name && !this.byName.has(name)) this.byName.set(name, p);
  }

  /** The same participant in this list: same email, or same first and last name (an email typo fixed is not a new person). */
  find(p: Data): Data | undefined {
    const email = lower(p.email);
    const name = fullName(p);
    return (email && this.byEmail.get(email)) || (name && this.byName.get(name)) || undefined;
  }
}

/** Participants of `now` that `before` did not have, with their index. */
export function newParticipants(before: Data | undefined, now: Data): { index: number; participant: Data }[] {
  const old = new ParticipantIndex(participantsOf(before));
  return list(now.participants).flatMap((p, index) => (isObject(p) && !old.find(p) ? [{ index, participant: p }] : []));
}

export interface Request {
  index: number;
  requested?: string;
  sessions: string[];
  /** Where each of `sessions` sits in the request's `sessions` list. */
  at: number[];
}

/** The retribution requests of a mission version. */
export function requestsOf(data: Data | undefined): Request[] {
  if (!data) return [];
  return list(data.retributions).flatMap((r, index) => {
    if (!isObject(r)) return [];
    const req: Request = { index, requested: date(r.requested_on), sessions: [], at: [] };
    list(r.sessions).forEach((s, j) => {
      if (typeof s === 'string' && s !== '') {
        req.sessions.push(s);
        req.at.push(j);
      }
    });
    return [req];
  });
}

/** Same request: they pay for a session in common (a request edited in place keeps its sessions). */
export function sameRequest(a: { sessions: string[] }, b: { sessions: string[] }): boolean {
  return a.sessions.some((s) => b.sessions.includes(s));
}

/** Session ids that some request of `now` pays for and no request of `before` did. */
export function newlyRequestedSessions(before: Data | undefined, now: Data): Set<string> {
  const old = new Set(requestsOf(before).flatMap((r) => r.sessions));
  return new Set(
    requestsOf(now)
      .flatMap((r) => r.sessions)
      .filter((s) => !old.has(s)),
  );
}

/** Requests of `now` that match no request of `before`. */
export function newRequests(before: Data | undefined, now: Data): Request[] {
  const old = requestsOf(before);
  return requestsOf(now).filter((r) => r.sessions.length > 0 && !old.some((o) => sameRequest(r, o)));
}
