/**
 * Renames git cannot see: a file moved without `git mv` shows as one deleted and one untracked
 * file (what an editor's Explorer rename leaves). Pairs them when their contents are alike.
 */
import type { ChangedFile } from './types';

/** Share of the lines of the smaller text found in the other one. */
function similarity(a: string, b: string): number {
  const la = a.split('\n');
  const lb = new Set(b.split('\n'));
  const shared = la.filter((l) => lb.has(l)).length;
  return shared / Math.max(1, Math.min(la.length, lb.size));
}

/** Pairs deleted and added files at least 50 % alike (git's default threshold), best match first. */
export function pairRenames(changes: readonly ChangedFile[]): ChangedFile[] {
  const deleted = changes.filter((c) => !c.path && c.basePath && c.baseText !== undefined);
  const added = changes.filter((c) => c.path && !c.basePath && c.text !== undefined);
  // Bulk moves are left to git's own detection (`git mv`): comparing every pair would not scale.
  if (!deleted.length || !added.length || deleted.length * added.length > 40_000) return [...changes];
  const candidates = deleted
    .flatMap((d) => added.map((a) => ({ d, a, score: similarity(a.text!, d.baseText!) })))
    .filter((p) => p.score >= 0.5);
  candidates.sort((x, y) => y.score - x.score);
  const used = new Set<ChangedFile>();
  const merged: ChangedFile[] = [];
  for (const { d, a } of candidates) {
    if (used.has(d) || used.has(a)) continue;
    used.add(d).add(a);
    merged.push({ ...a, basePath: d.basePath, baseText: d.baseText });
  }
  return [...changes.filter((c) => !used.has(c)), ...merged];
}
