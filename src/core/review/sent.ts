/** The `sent` entries of a session (format.md): which template was composed, on which day. */
import { date, isObject, list, text, type Data } from '../records';

export interface SentEntry {
  template: string;
  on: string;
  /** Index in the record's `sent` list. */
  index: number;
}

export function sentOf(data: Data | undefined): SentEntry[] {
  return list(data?.sent).flatMap((e, index) => {
    if (!isObject(e)) return [];
    const template = text(e.template);
    const on = date(e.on);
    return template && on ? [{ template, on, index }] : [];
  });
}

export const sameSent = (a: { template: string; on: string }, b: { template: string; on: string }): boolean =>
  a.template === b.template && a.on === b.on;

/** Entries of `now` that `before` did not have (same template and day). */
export function newSent(before: Data | undefined, now: Data): SentEntry[] {
  const old = sentOf(before);
  return sentOf(now).filter((e) => !old.some((o) => sameSent(o, e)));
}
