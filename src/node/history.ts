/**
 * Gathers what the review rules need from git, in a few batched calls: the changed set against the
 * base (`git diff --name-status -M`, plus untracked files), every base version in one
 * `git cat-file --batch`, and, only for the records whose rules need them, the commits since the
 * base (one `git log --name-status -M` for all files) and a mission's older history (`--follow`).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import {
  dayInZone,
  historyNeeds,
  pairRenames,
  RecordReader,
  type ChangedFile,
  type CommittedVersion,
} from '../core/review';
import { runGit, type GitResult } from './git';
import { parseLog, LOG_FORMAT, versionsOf, type LogCommit } from './gitLog';
import { readBlobs } from './gitObjects';

/** A git problem the user can act on (exit status 2, never a crash). */
export class GitError extends Error {}

export interface GatherOptions {
  /** The workspace folder (anywhere inside a repository). */
  dir: string;
  /** The base revision as the user wrote it. */
  base: string;
  /** Compare the staged versions (the next commit) rather than the working tree. */
  staged?: boolean;
  /** Is this workspace-relative path a record candidate? */
  isCandidate(path: string): boolean;
  /** The current text of a workspace file, as the validator read it. */
  currentText(path: string): string | undefined;
  /** The workspace time zone: commit days are counted in it. */
  timeZone: string;
  /** Parsed versions, shared with the review that follows. */
  reader?: RecordReader;
  /** Files whose current text may differ from the disk (unsaved editors): git diff cannot see them. */
  dirtyPaths?: readonly string[];
}

export interface Gathered {
  /** The base commit, resolved. */
  base: string;
  changes: ChangedFile[];
  /** Milliseconds spent per step, for the benchmark. */
  timings: Record<string, number>;
}

async function must(dir: string, args: string[], what: string): Promise<GitResult> {
  const r = await runGit(dir, args);
  if (r.missing) throw new GitError('git is not installed (or not on the PATH): --base and `atelier diff` need it.');
  if (!r.ok) throw new GitError(`git failed while ${what}: ${r.stderr || 'no message'}`);
  return r;
}

/** The repository root and the workspace's folder inside it ("" or "sub/dir/"). */
async function repository(dir: string): Promise<{ prefix: string }> {
  const r = await runGit(dir, ['rev-parse', '--show-prefix']);
  if (r.missing) throw new GitError('git is not installed (or not on the PATH): --base and `atelier diff` need it.');
  if (!r.ok)
    throw new GitError(
      `${dir} is not in a git repository: comparing with a revision needs git history (run \`git init\` and commit, or drop --base).`,
    );
  return { prefix: r.stdout.toString('utf8').trim() };
}

/** The commit a revision names, or a message that says what to do. */
export async function resolveBase(dir: string, rev: string): Promise<string> {
  if (rev.startsWith('-')) throw new GitError(`"${rev}" is not a revision.`);
  const r = await runGit(dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (r.ok) return r.stdout.toString('utf8').trim();
  const head = await runGit(dir, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (!head.ok)
    throw new GitError(
      `revision "${rev}" not found: this repository has no commits yet, so there is nothing to compare with (commit first, or drop --base).`,
    );
  const shallow =
    (await runGit(dir, ['rev-parse', '--is-shallow-repository'])).stdout.toString('utf8').trim() === 'true';
  // A shallow clone fetches one branch: a bare `git fetch origin main` would not create origin/main.
  const branch = rev.replace(/^origin\//, '');
  const fetch = rev.startsWith('origin/')
    ? `git fetch --depth 1 origin ${branch}:refs/remotes/origin/${branch}`
    : `git fetch --depth 1 origin ${rev}`;
  const hint = shallow
    ? ` This is a shallow clone: fetch the base first, e.g. \`${fetch}\`.`
    : ' Check its spelling, or fetch it (`git fetch origin`).';
  throw new GitError(`revision "${rev}" not found in this repository.${hint}`);
}

/**
 * Where the current branch left the base (`git merge-base`), as a pull request compares: commits
 * that reached the base branch since are not the change's. The base itself when they share no
 * commit here (a shallow clone) or HEAD does not exist yet.
 */
async function forkPoint(dir: string, base: string): Promise<string> {
  const r = await runGit(dir, ['merge-base', base, 'HEAD']);
  return r.ok ? r.stdout.toString('utf8').trim() || base : base;
}

/**
 * The commits of a shallow clone whose parents were not fetched: what they show as added may have
 * been committed long before. (The shallow file keeps a commit whose parent a later fetch brought.)
 */
async function shallowBoundaries(dir: string): Promise<Set<string>> {
  const r = await runGit(dir, ['rev-parse', '--git-path', 'shallow']);
  if (!r.ok) return new Set();
  let listed: string[];
  try {
    listed = (await fs.readFile(path.resolve(dir, r.stdout.toString('utf8').trim()), 'utf8'))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  } catch {
    return new Set(); // not shallow
  }
  const cut = new Set<string>();
  for (const hash of listed) {
    const commit = await runGit(dir, ['cat-file', 'commit', hash]);
    if (!commit.ok) continue;
    const parents = [
      ...commit.stdout
        .toString('utf8')
        .split('\n\n')[0]
        .matchAll(/^parent ([0-9a-f]+)$/gm),
    ].map((m) => m[1]);
    for (const p of parents) {
      if (!(await runGit(dir, ['cat-file', '-e', `${p}^{commit}`])).ok) {
        cut.add(hash);
        break;
      }
    }
  }
  return cut;
}

interface Side {
  status: string;
  path?: string;
  basePath?: string;
}

/** The changed files between the base and the working tree (or the index), workspace-relative. */
async function changedSet(dir: string, base: string, staged: boolean): Promise<Side[]> {
  const diff = await must(
    dir,
    [
      '-c',
      'core.quotePath=false',
      'diff',
      '--no-ext-diff',
      '--no-textconv',
      '--name-status',
      '-z',
      '-M',
      '--relative',
      ...(staged ? ['--cached'] : []),
      base,
      '--',
      '.',
    ],
    'listing the changed files',
  );
  const tokens = diff.stdout.toString('utf8').split('\0');
  const sides: Side[] = [];
  for (let i = 0; i < tokens.length;) {
    const status = tokens[i++];
    if (!status) continue;
    const code = status[0];
    if (code === 'R') sides.push({ status: code, basePath: tokens[i++], path: tokens[i++] });
    else if (code === 'C') {
      i++; // a copy: its source is unchanged, the copy is a new file
      sides.push({ status: 'A', path: tokens[i++] });
    } else if (code === 'A') sides.push({ status: code, path: tokens[i++] });
    else if (code === 'D') sides.push({ status: code, basePath: tokens[i++] });
    else {
      const p = tokens[i++];
      sides.push({ status: code, path: p, basePath: p });
    }
  }
  if (!staged) {
    const untracked = await must(
      dir,
      ['ls-files', '-z', '--others', '--exclude-standard', '--', '.'],
      'listing new files',
    );
    for (const p of untracked.stdout.toString('utf8').split('\0')) if (p) sides.push({ status: 'A', path: p });
  }
  // A conflicted file can be listed once per side of the merge: keep one entry per path.
  const seen = new Set<string>();
  return sides.filter((s) => {
    const key = `${s.basePath ?? ''}\0${s.path ?? ''}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/** The commits from the base to HEAD with the files they touched; none on a branch with no commit yet. */
async function commitsSince(dir: string, base: string): Promise<LogCommit[]> {
  const args = [
    '-c',
    'core.quotePath=false',
    '-c',
    'log.showSignature=false',
    'log',
    '--no-ext-diff',
    '--no-textconv',
    '-z',
    '--topo-order',
    LOG_FORMAT,
    '--name-status',
    '-M',
    '--diff-merges=first-parent',
    '--relative',
    `${base}..HEAD`,
    '--',
    '.',
  ];
  const log = await runGit(dir, args);
  if (log.ok) return parseLog(log.stdout.toString('utf8'));
  if (!(await runGit(dir, ['rev-parse', '--verify', '--quiet', 'HEAD'])).ok) return [];
  throw new GitError(`git failed while reading the history since the base: ${log.stderr || 'no message'}`);
}

export async function gatherChanges(opts: GatherOptions): Promise<Gathered> {
  const timings: Record<string, number> = {};
  let t = Date.now();
  const lap = (name: string) => {
    const now = Date.now();
    timings[name] = now - t;
    t = now;
  };
  const { dir } = opts;
  const { prefix } = await repository(dir);
  const base = await forkPoint(dir, await resolveBase(dir, opts.base));
  lap('resolve');

  // Record files only; a file moved in or out of the records counts as added or deleted.
  const sides = (await changedSet(dir, base, !!opts.staged)).flatMap((s): Side[] => {
    const path = s.path && opts.isCandidate(s.path) ? s.path : undefined;
    const basePath = s.basePath && opts.isCandidate(s.basePath) ? s.basePath : undefined;
    return path || basePath ? [{ status: s.status, path, basePath }] : [];
  });
  // An unsaved edit of a file unchanged on disk: compared with its base version, dropped below if equal.
  const listed = new Set(sides.flatMap((s) => [s.path, s.basePath]));
  const dirty = new Set((opts.dirtyPaths ?? []).filter((p) => !listed.has(p) && opts.isCandidate(p)));
  for (const p of dirty) sides.push({ status: 'M', path: p, basePath: p });
  lap('diff');

  const baseTexts = await readBlobs(
    dir,
    sides.map((s) => (s.basePath ? `${base}:${prefix}${s.basePath}` : 'atelier-no-such-object')),
  );
  let changes: ChangedFile[] = sides.map((s, i) => ({
    path: s.path,
    basePath: s.basePath,
    baseText: s.basePath ? baseTexts[i] : undefined,
    text: s.path ? opts.currentText(s.path) : undefined,
  }));
  changes = changes.filter(
    (c) => !(c.path && dirty.has(c.path)) || (c.baseText !== undefined && c.baseText !== c.text),
  );
  changes = pairRenames(changes);
  lap('versions');

  const reader = opts.reader ?? new RecordReader();
  const needs = changes.map((c) =>
    historyNeeds(
      c.basePath ? reader.read(c.basePath, c.baseText) : undefined,
      c.path ? reader.read(c.path, c.text) : undefined,
    ),
  );
  const wanted: { change: ChangedFile; list: 'commits' | 'earlier'; hash: string; date: string; path: string }[] = [];
  if (needs.some((n) => n.commits)) {
    const commits = await commitsSince(dir, base);
    changes.forEach((c, i) => {
      if (!needs[i].commits || !c.path) return;
      c.commits = [];
      // A rename not committed yet is known to the commits by its base path only.
      const names = c.basePath ? [c.path, c.basePath] : [c.path];
      for (const v of versionsOf(commits, names)) wanted.push({ change: c, list: 'commits', ...v });
    });
  }
  // Older history only for missions with a new retribution request: a few files, logged side by side.
  await Promise.all(
    changes.map(async (c, i) => {
      if (!needs[i].earlier || !c.basePath) return;
      const args = [
        '-c',
        'core.quotePath=false',
        '-c',
        'log.showSignature=false',
        'log',
        '--no-ext-diff',
        '--no-textconv',
        '-z',
        LOG_FORMAT,
        '--name-status',
        '--follow',
        '-n',
        '200',
        '--relative',
        base,
        '--',
        c.basePath,
      ];
      const log = await must(dir, args, 'reading the history of a mission');
      c.earlier = [];
      for (const v of versionsOf(parseLog(log.stdout.toString('utf8')), [c.basePath], 200))
        wanted.push({ change: c, list: 'earlier', ...v });
    }),
  );
  lap('log');

  const texts = await readBlobs(
    dir,
    wanted.map((w) => `${w.hash}:${prefix}${w.path}`),
  );
  const boundaries = wanted.length ? await shallowBoundaries(dir) : new Set<string>();
  wanted.forEach((w, i) => {
    const version: CommittedVersion = { hash: w.hash, day: dayInZone(w.date, opts.timeZone), text: texts[i] };
    if (boundaries.has(w.hash)) version.boundary = true;
    w.change[w.list]!.push(version);
  });
  // Oldest first, as the core expects.
  for (const c of changes) {
    c.commits?.reverse();
    c.earlier?.reverse();
  }
  lap('history');
  return { base, changes, timings };
}
