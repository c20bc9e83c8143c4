/**
 * Where a record stands in git, for the provenance line of generated documents: the commit it
 * was read at, "uncommitted changes" when it differs from HEAD, or "not in git".
 */
import { spawn } from 'child_process';
import * as path from 'path';
import type { GitState } from '../core/documents/provenance';

export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
  /** True when git itself could not be started (not installed, not on PATH). */
  missing?: boolean;
}

/**
 * Settings given to every git command, above the repository's own: a repository is data someone
 * else may have written, and its .git/config must not make Atelier run anything. No file-system
 * monitor, no hooks, no pager, no signature checking program, no transport (Atelier never fetches).
 * Commands that compare or show contents also get `--no-ext-diff --no-textconv`: no diff driver runs.
 */
export const SAFE_CONFIG: readonly string[] = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'log.showSignature=false',
  'protocol.allow=never',
  'core.quotePath=false',
];

export interface GitOptions {
  /** Standard input. */
  input?: string;
  /** Milliseconds before git is killed (default 120 s). */
  timeout?: number;
  /** Keep the repository's core.hooksPath (only `atelier hook`, which asks where hooks live). */
  ownHooksPath?: boolean;
}

/**
 * Runs git with arguments (no shell) and optional standard input; never throws. Optional locks are
 * off so a run never competes with the user's own git commands for the index. The repository's
 * helpers are off (SAFE_CONFIG). When git cannot start, it answers at once: nothing is left waiting.
 */
export function runGit(cwd: string, args: readonly string[], input?: string, timeout = 120_000): Promise<GitResult> {
  return runGitWith(cwd, args, { input, timeout });
}

export async function runGitWith(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  const settings = SAFE_CONFIG.filter((c) => !(options.ownHooksPath && c.startsWith('core.hooksPath=')));
  const filters = await filterDrivers(cwd);
  return spawnGit(cwd, [...[...settings, ...filters].flatMap((c) => ['-c', c]), ...args], options);
}

/**
 * The content filters the repository's config defines (`filter.NAME.clean`, `.smudge`, `.process`),
 * emptied: with a matching .gitattributes they would run on `git status` and `git diff`. Reading
 * the config runs nothing; it is read for each command, so a filter added meanwhile is caught too.
 */
async function filterDrivers(cwd: string): Promise<string[]> {
  const r = await spawnGit(cwd, ['config', '--null', '--name-only', '--get-regexp', '^filter\\.'], {});
  const names = new Set(
    r.stdout
      .toString('utf8')
      .split('\0')
      .map((key) => /^filter\.(.+)\.[^.]+$/s.exec(key)?.[1])
      .filter((n): n is string => !!n),
  );
  return [...names].flatMap((n) => [
    `filter.${n}.clean=`,
    `filter.${n}.smudge=`,
    `filter.${n}.process=`,
    `filter.${n}.required=false`,
  ]);
}

function spawnGit(cwd: string, argv: readonly string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = spawn('git', argv, {
      cwd,
      windowsHide: true,
      env: {
        ...process.env,
        GIT_OPTIONAL_LOCKS: '0',
        GIT_TERMINAL_PROMPT: '0',
        GIT_PAGER: 'cat',
      },
    });
    // Our own timer rather than spawn's `timeout`, which is left running when git cannot start.
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 120_000);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => undefined); // git may exit before reading everything
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ ok: false, stdout: Buffer.alloc(0), stderr: e.message, missing: e.code === 'ENOENT' });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() });
    });
    child.stdin.end(options.input ?? '');
  });
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  // Any failure (no git, not a repository) means "not in git".
  const r = await runGit(cwd, args, undefined, 10_000);
  return r.ok ? r.stdout.toString('utf8') : undefined;
}

/** The git state of one workspace file (workspace-relative path with `/`), from one `git status`. */
export async function gitState(workspaceDir: string, file: string): Promise<GitState> {
  const abs = path.join(workspaceDir, ...file.split('/'));
  const out = await git(path.dirname(abs), [
    'status',
    '--porcelain=v2',
    '--branch',
    '--ignored',
    '--untracked-files=all',
    '--',
    abs,
  ]);
  if (out === undefined) return { kind: 'not-in-git' };
  const oid = /^# branch\.oid (\S+)$/m.exec(out)?.[1];
  // Any entry line means the file is modified, staged, untracked or ignored; "(initial)" means no commit yet.
  const changed = out.split('\n').some((line) => line !== '' && !line.startsWith('#'));
  if (!oid || !/^[0-9a-f]{7,}$/.test(oid) || changed) return { kind: 'uncommitted' };
  return { kind: 'commit', hash: oid.slice(0, 7) };
}

/** The day (YYYY-MM-DD) of the last commit that changed a workspace file; undefined when it has none or git is absent. */
export async function lastCommitDay(workspaceDir: string, file: string): Promise<string | undefined> {
  const abs = path.join(workspaceDir, ...file.split('/'));
  const out = await git(path.dirname(abs), ['log', '-1', '--format=%cI', '--', abs]);
  const day = out?.trim().slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}
