/**
 * Who each connection of a report is: a participant of the session (by email, else by name with
 * accents, case and word order ignored), a facilitator, or nobody. Connections that match nobody
 * are kept and listed, never dropped.
 */
import type { Connection } from './reportLayouts';

export interface Person {
  first_name: string;
  last_name: string;
  email: string;
}

export type Match =
  { kind: 'participant'; index: number } | { kind: 'facilitator'; index: number } | { kind: 'nobody' };

/** A name as compared: no accents, no case, words in order, punctuation as spaces. */
export function normalName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Looks people up by email and by "first last" / "last first" (participants before facilitators). */
export class PeopleIndex {
  private readonly byEmail = new Map<string, Match>();
  private readonly byName = new Map<string, Match>();

  constructor(participants: readonly Person[], facilitators: readonly Person[]) {
    const add = (people: readonly Person[], kind: 'participant' | 'facilitator') =>
      people.forEach((p, index) => {
        const m: Match = { kind, index };
        const email = p.email.trim().toLowerCase();
        if (email && !this.byEmail.has(email)) this.byEmail.set(email, m);
        for (const n of [`${p.first_name} ${p.last_name}`, `${p.last_name} ${p.first_name}`]) {
          const key = normalName(n);
          if (key && !this.byName.has(key)) this.byName.set(key, m);
        }
      });
    add(participants, 'participant');
    add(facilitators, 'facilitator');
  }

  /** The person of a connection: its email first (a renamed screen name is still them), else one of its names. */
  find(c: Connection): Match {
    const byEmail = c.email ? this.byEmail.get(c.email) : undefined;
    if (byEmail) return byEmail;
    for (const n of [c.name, ...c.aliases]) {
      const m = this.byName.get(normalName(n));
      if (m) return m;
    }
    return { kind: 'nobody' };
  }
}
