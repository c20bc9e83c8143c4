/** The review of a workspace's change against a git revision: history gathered here, rules in the core. */
import { RecordReader, reviewChanges, workspaceWorld, type ReviewResult } from '../core/review';
import { isRecordCandidate, type Workspace } from '../core/workspace';
import { gatherChanges } from './history';

export interface WorkspaceReview {
  /** The base commit, resolved. */
  base: string;
  result: ReviewResult;
  /** Milliseconds per step (git calls, rules). */
  timings: Record<string, number>;
}

/** Throws GitError (a message for the user) when git or the revision is not there. */
export interface ReviewOptions {
  base: string;
  staged?: boolean;
  /** The current text of a file (the editor's buffer); the workspace index by default. */
  currentText?: (path: string) => string | undefined;
  /** Files with unsaved edits, which git diff cannot see. */
  dirtyPaths?: readonly string[];
}

export async function reviewWorkspace(
  workspace: Workspace,
  dir: string,
  options: ReviewOptions,
): Promise<WorkspaceReview> {
  const reader = new RecordReader();
  const gathered = await gatherChanges({
    reader,
    dir,
    base: options.base,
    staged: options.staged,
    isCandidate: (p) => isRecordCandidate(p, workspace.config),
    currentText: options.currentText ?? ((p) => workspace.textOf(p)),
    dirtyPaths: options.dirtyPaths,
    timeZone: workspace.config.timezone,
  });
  const start = Date.now();
  const result = reviewChanges(
    gathered.changes,
    workspaceWorld(workspace, gathered.changes, reader),
    workspace.config,
    reader,
  );
  return { base: gathered.base, result, timings: { ...gathered.timings, rules: Date.now() - start } };
}
