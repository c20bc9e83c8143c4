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
 * Runs git with arguments (no shell) and optional standard input; never throws. Optional locks are
 * off so a run never competes with the user's own git commands for the index.
 */
export function runGit(cwd: string, args: readonly string[], input?: string, timeout = 120_000): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = spawn('git', args, {
      cwd,
      windowsHide: true,
      timeout,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => undefined); // git may exit before reading everything
    child.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ ok: false, stdout: Buffer.alloc(0), stderr: e.message, missing: e.code === 'ENOENT' }),
    );
    child.on('close', (code) =>
      resolve({ ok: code === 0, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() }),
    );
    child.stdin.end(input ?? '');
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
