/** Where a document comes from: printed at its foot so a reader can trace it back to the data. */
import type { DocumentLabels } from '../i18n/documents';
import { plainDate } from './dates';

/** The state of the source file in git, as the host found it (the core never runs git). */
export type GitState = { kind: 'commit'; hash: string } | { kind: 'uncommitted' } | { kind: 'not-in-git' };

export interface Provenance {
  /** The day the document was made (YYYY-MM-DD). */
  date: string;
  /** The source record, workspace-relative. */
  path: string;
  git: GitState;
}

/** "Généré le 23 novembre 2026 depuis sessions/x.md (commit 1a2b3c4)". */
export function provenanceText(p: Provenance, l: DocumentLabels): string {
  const at = p.git.kind === 'commit' ? l.commit(p.git.hash) : p.git.kind === 'uncommitted' ? l.uncommitted : l.notInGit;
  return l.generated(plainDate(p.date, l), p.path, at);
}
