/**
 * Hours of a training action, as an auditor adds them up: what a quote sells (its one-off hour
 * lines, and day lines at the programme's hours per day) and what sessions plan (their slots).
 */
import { minutesBetween } from '../documents/dates';
import { isObject, list, num, text, type Data } from '../records';

/** Hours a quote sells: its one-off hour lines, and day lines at `perDay` hours; undefined when it has none. */
export function quoteHours(quote: Data, perDay: number): number | undefined {
  let hours: number | undefined;
  for (const line of list(quote.lines)) {
    if (!isObject(line) || line.recurrence) continue;
    const q = num(line.quantity) ?? 0;
    if (line.unit === 'hour') hours = (hours ?? 0) + q;
    else if (line.unit === 'day') hours = (hours ?? 0) + q * perDay;
  }
  return hours;
}

/** Hours a session plans: the length of its slots. */
export function sessionHours(session: Data): number {
  return (
    list(session.slots).reduce<number>(
      (sum, s) => sum + (isObject(s) ? minutesBetween(text(s.start), text(s.end)) : 0),
      0,
    ) / 60
  );
}

/** Whether two hour figures are the same to the cent of an hour. */
export const sameHours = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;
