/** The editor's default base: what a push would compare with (the upstream), else the last commit. */
import { runGit } from './git';

/** `setting` as the user wrote it; "" means the upstream of the current branch if any, else HEAD. */
export async function editorBase(dir: string, setting: string): Promise<string> {
  if (setting.trim()) return setting.trim();
  const r = await runGit(dir, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], undefined, 10_000);
  const upstream = r.ok ? r.stdout.toString('utf8').trim() : '';
  return upstream || 'HEAD';
}

/** The repository's git folder (for watching HEAD and the index), or undefined outside git. */
export async function gitDir(dir: string): Promise<string | undefined> {
  const r = await runGit(dir, ['rev-parse', '--absolute-git-dir'], undefined, 10_000);
  return r.ok ? r.stdout.toString('utf8').trim() : undefined;
}
