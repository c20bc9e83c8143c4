/** Reads `git log -z --format=%x1e%H%x1f%aI --name-status`: commits with the files they touched. */

export interface LogEntry {
  /** A, M, D, R, C, T… (the score of R and C dropped). */
  status: string;
  path: string;
  /** The path before a rename or copy. */
  from?: string;
}

export interface LogCommit {
  hash: string;
  /** Author date, ISO 8601 with offset: when the change was made (a rebase or a cherry-pick keeps it). */
  date: string;
  entries: LogEntry[];
}

// Author dates: rebasing a branch onto main re-dates its commits' committer dates, not these.
export const LOG_FORMAT = '--format=%x1e%H%x1f%aI';

export function parseLog(output: string): LogCommit[] {
  const commits: LogCommit[] = [];
  for (const record of output.split('\x1e')) {
    if (!record) continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd < 0 ? record : record.slice(0, headerEnd);
    const [hash, date] = header.split('\x1f');
    if (!hash || !date) continue;
    const tokens =
      headerEnd < 0
        ? []
        : record
            .slice(headerEnd + 1)
            .replace(/^\n/, '')
            .split('\0');
    const entries: LogEntry[] = [];
    for (let i = 0; i < tokens.length;) {
      const status = tokens[i++];
      if (!status) continue;
      const code = status[0];
      if (code === 'R' || code === 'C') {
        const from = tokens[i++];
        const path = tokens[i++];
        if (path !== undefined) entries.push({ status: code, path, from });
      } else {
        const path = tokens[i++];
        if (path !== undefined) entries.push({ status: code, path });
      }
    }
    commits.push({ hash: hash.trim(), date: date.trim(), entries });
  }
  return commits;
}

/**
 * The commits (newest first, as logged) that touched a file known by these paths (now, and at the
 * base when it was renamed since), with its path in each, following renames backwards. Stops at `limit` versions: enough for any review, bounded for huge histories.
 */
export function versionsOf(
  commits: readonly LogCommit[],
  paths: readonly string[],
  limit = 500,
): { hash: string; date: string; path: string }[] {
  const names = new Set(paths);
  const out: { hash: string; date: string; path: string }[] = [];
  for (const c of commits) {
    for (const e of c.entries) {
      if (!names.has(e.path)) continue;
      if (e.status !== 'D') out.push({ hash: c.hash, date: c.date, path: e.path });
      if (e.status === 'R' && e.from) names.add(e.from);
    }
    if (out.length >= limit) break;
  }
  return out;
}
