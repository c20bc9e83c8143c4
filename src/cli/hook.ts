/**
 * `atelier hook install|uninstall`: a git pre-commit hook that validates what is staged (with the
 * history rules against HEAD). It never replaces a hook Atelier did not write.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { usageWords } from '../core/i18n/cli';
import { runGitWith } from '../node/git';
import { GitError } from '../node/history';
import type { CliIo } from './cli';
import { UsageError } from './usage';

const MARKER = '# atelier pre-commit hook';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The hook script; the workspace path is relative to the repository root, where git runs hooks. */
export function hookScript(workspace: string, launcher: string): string {
  return `#!/bin/sh
${MARKER}: validates what is staged for the commit (written by \`atelier hook install\`;
# remove it with \`atelier hook uninstall\`; skip it once with \`git commit --no-verify\`).
WORKSPACE=${quote(workspace || '.')}
# Nothing staged in the workspace: nothing to check.
git diff --cached --quiet -- "$WORKSPACE" && exit 0
BASE=HEAD
git rev-parse --verify -q HEAD >/dev/null || BASE=
ATELIER=${quote(launcher)}
if [ -f "$ATELIER" ]; then set -- node "$ATELIER"; else set -- npx --no-install atelier; fi
exec "$@" validate --workspace "$WORKSPACE" --staged \${BASE:+--base "$BASE"}
`;
}

async function gitLine(dir: string, args: string[]): Promise<string> {
  // Where git runs hooks is the repository's own core.hooksPath: the one setting asked as it is.
  const r = await runGitWith(dir, args, { ownHooksPath: true });
  if (r.missing) throw new GitError(usageWords.gitMissing);
  if (!r.ok) throw new GitError(usageWords.notInGit(dir));
  return r.stdout.toString('utf8').trim();
}

export async function hookCommand(
  positional: readonly string[],
  workspaceFlag: string | undefined,
  io: CliIo,
): Promise<number> {
  const action = positional[0];
  if (positional.length !== 1 || (action !== 'install' && action !== 'uninstall'))
    throw new UsageError(usageWords.hookUsage);
  const dir = path.resolve(io.cwd, workspaceFlag ?? '.');
  if (!(await fs.stat(path.join(dir, 'atelier.yaml')).catch(() => undefined)))
    throw new UsageError(usageWords.notAWorkspace(dir));
  const top = await gitLine(dir, ['rev-parse', '--show-toplevel']);
  const hooks = path.resolve(dir, await gitLine(dir, ['rev-parse', '--git-path', 'hooks']));
  const file = path.join(hooks, 'pre-commit');
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  const ours = existing?.includes(MARKER) ?? false;
  if (action === 'uninstall') {
    if (existing === undefined || !ours) {
      io.stderr(`atelier: ${existing === undefined ? usageWords.noHook(hooks) : usageWords.hookNotOurs(file)}\n`);
      return existing === undefined ? 0 : 2;
    }
    await fs.unlink(file);
    io.stdout(`${file}\n`);
    return 0;
  }
  const workspace = path.relative(top, dir).split(path.sep).join('/');
  if (existing !== undefined && !ours) {
    const line = `npx --no-install atelier validate --workspace ${quote(workspace || '.')} --staged --base HEAD || exit 1`;
    io.stderr(`atelier: ${usageWords.hookExists(file, line)}\n`);
    return 2;
  }
  await fs.mkdir(hooks, { recursive: true });
  // The launcher of this very installation; the hook falls back to `npx` if it moves.
  await fs.writeFile(file, hookScript(workspace, path.join(__dirname, '..', 'bin', 'atelier.js')), { mode: 0o755 });
  await fs.chmod(file, 0o755);
  io.stdout(`${file}\n`);
  return 0;
}
