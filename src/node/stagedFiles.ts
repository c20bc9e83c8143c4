/**
 * The workspace as the next commit holds it (what the pre-commit hook checks): files listed from
 * the index; those with unstaged edits read from the index, the others from disk. Conflicted files
 * are read from disk, so their markers are reported.
 */
import type { WorkspaceFiles } from '../core/host';
import { runGit } from './git';
import { readBlobs } from './gitObjects';
import { GitError } from './history';
import { nodeWorkspaceFiles } from './nodeFiles';

function names(out: Buffer): string[] {
  return out.toString('utf8').split('\0').filter(Boolean);
}

export async function stagedWorkspaceFiles(dir: string): Promise<WorkspaceFiles> {
  const prefix = await runGit(dir, ['rev-parse', '--show-prefix']);
  if (prefix.missing) throw new GitError('git is not installed (or not on the PATH): --staged needs it.');
  if (!prefix.ok)
    throw new GitError(`${dir} is not in a git repository: --staged validates what is staged for the next commit.`);
  const [listed, unstaged, unmerged] = await Promise.all([
    runGit(dir, ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--', '.']),
    runGit(dir, [
      '-c',
      'core.quotePath=false',
      'diff',
      '--no-ext-diff',
      '--no-textconv',
      '--name-only',
      '-z',
      '--relative',
      '--',
      '.',
    ]),
    runGit(dir, [
      '-c',
      'core.quotePath=false',
      'diff',
      '--no-ext-diff',
      '--no-textconv',
      '--name-only',
      '-z',
      '--relative',
      '--diff-filter=U',
      '--',
      '.',
    ]),
  ]);
  if (!listed.ok || !unstaged.ok || !unmerged.ok)
    throw new GitError(`git could not list the staged files: ${listed.stderr || unstaged.stderr || unmerged.stderr}`);
  const conflicted = new Set(names(unmerged.stdout));
  const fromIndex = names(unstaged.stdout).filter((p) => !conflicted.has(p));
  const texts = await readBlobs(
    dir,
    fromIndex.map((p) => `:${prefix.stdout.toString('utf8').trim()}${p}`),
  );
  const staged = new Map(fromIndex.map((p, i) => [p, texts[i]]));
  const disk = nodeWorkspaceFiles(dir);
  const paths = [...new Set(names(listed.stdout))].filter((p) => !p.split('/').some((s) => s.startsWith('.')));
  return {
    list: async () => paths,
    read: async (p) => {
      if (!staged.has(p)) return disk.read(p);
      const text = staged.get(p);
      if (text === undefined) throw Object.assign(new Error('not readable from the index'), { code: 'EINDEX' });
      return new TextEncoder().encode(text);
    },
    readText: async (p) => (staged.has(p) ? staged.get(p) : disk.readText!(p)),
  };
}
