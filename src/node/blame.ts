/** Who last changed each line: `git blame --porcelain`, read into one entry per line. */
import { runGit } from './git';

export interface BlameLine {
  /** False for a line not committed yet (git names it with an all-zero hash). */
  committed: boolean;
  hash: string;
  author: string;
  /** The author date (when the change was made), ISO. */
  date: string;
  subject: string;
}

interface CommitInfo {
  author: string;
  time: number;
  subject: string;
}

/** Porcelain output → line number (1-based, in the blamed text) → its last change. */
export function parseBlame(porcelain: string): Map<number, BlameLine> {
  const lines = new Map<number, BlameLine>();
  // Porcelain details a commit the first time it appears only: keep them for its later lines.
  const commits = new Map<string, CommitInfo>();
  let current: { hash: string; line: number } | undefined;
  for (const row of porcelain.split('\n')) {
    const header = /^([0-9a-f]{40}) \d+ (\d+)/.exec(row);
    if (header) {
      current = { hash: header[1], line: Number(header[2]) };
      if (!commits.has(current.hash)) commits.set(current.hash, { author: '', time: 0, subject: '' });
      continue;
    }
    if (!current) continue;
    const info = commits.get(current.hash)!;
    if (row.startsWith('\t')) {
      lines.set(current.line, {
        committed: !/^0+$/.test(current.hash),
        hash: current.hash,
        author: info.author,
        date: new Date(info.time * 1000).toISOString(),
        subject: info.subject,
      });
      current = undefined;
    } else if (row.startsWith('author ')) info.author = row.slice(7);
    else if (row.startsWith('author-time ')) info.time = Number(row.slice(12));
    else if (row.startsWith('summary ')) info.subject = row.slice(8);
  }
  return lines;
}

/**
 * Blames lines `from`..`to` of `file` as `text` (an editor's buffer, saved or not: `--contents -`),
 * so the line numbers are those the user sees. Undefined when git cannot (no repository, untracked).
 */
export async function blameLines(
  dir: string,
  file: string,
  text: string,
  from: number,
  to: number,
): Promise<Map<number, BlameLine> | undefined> {
  const r = await runGit(
    dir,
    ['blame', '--no-textconv', '--porcelain', '--contents', '-', '-L', `${from},${to}`, '--', file],
    text,
    10_000,
  );
  return r.ok ? parseBlame(r.stdout.toString('utf8')) : undefined;
}

/** The commit HEAD points to, or undefined (no repository, no commit yet). */
export async function headCommit(dir: string): Promise<string | undefined> {
  const r = await runGit(dir, ['rev-parse', '--verify', '--quiet', 'HEAD'], undefined, 10_000);
  return r.ok ? r.stdout.toString('utf8').trim() : undefined;
}
