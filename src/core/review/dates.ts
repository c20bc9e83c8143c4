/** Commit times as days in the workspace time zone: the rules compare days, never instants. */

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      f = null; // an unknown zone: the commit's own offset is used instead
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** The day (YYYY-MM-DD) of an ISO 8601 instant ("2026-03-15T23:30:00+01:00") in `timeZone`. */
export function dayInZone(iso: string, timeZone: string): string {
  const when = new Date(iso);
  const f = formatter(timeZone);
  if (!f || Number.isNaN(when.getTime())) return iso.slice(0, 10);
  return f.format(when);
}
