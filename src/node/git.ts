/**
 * Where a record stands in git, for the provenance line of generated documents: the commit it
 * was read at, "uncommitted changes" when it differs from HEAD, or "not in git".
 */
import { execFile } from 'child_process';
import * as path from 'path';
import type { GitState } from '../core/documents/provenance';

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    // Arguments go straight to git (no shell); any failure (no git, not a repository) means "not in git".
    execFile('git', args, { cwd, timeout: 10_000, windowsHide: true }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}

/** The git state of one workspace file (workspace-relative path with `/`), from one `git status`. */
export async function gitState(workspaceDir: string, file: string): Promise<GitState> {
  const abs = path.join(workspaceDir, ...file.split('/'));
  const out = await git(path.dirname(abs), ['status', '--porcelain=v2', '--branch', '--ignored', '--untracked-files=all', '--', abs]);
  if (out === undefined) return { kind: 'not-in-git' };
  const oid = /^# branch\.oid (\S+)$/m.exec(out)?.[1];
  // Any entry line means the file is modified, staged, untracked or ignored; "(initial)" means no commit yet.
  const changed = out.split('\n').some((line) => line !== '' && !line.startsWith('#'));
  if (!oid || !/^[0-9a-f]{7,}$/.test(oid) || changed) return { kind: 'uncommitted' };
  return { kind: 'commit', hash: oid.slice(0, 7) };
}
