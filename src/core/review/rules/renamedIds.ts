/** A record renamed (its file, so its id) while other records still refer to the old id. */
import { idOfPath } from '../../analyze';
import type { Finding } from '../../diagnostics';
import type { ChangedFile, ReviewWorld } from '../types';

/** Findings by referring file (which the change may not have touched), with that file's text. */
export function renamedIdFindings(
  changes: readonly ChangedFile[],
  world: ReviewWorld,
): Map<string, { text: string; findings: Finding[] }> {
  const out = new Map<string, { text: string; findings: Finding[] }>();
  for (const c of changes) {
    if (!c.path || !c.basePath) continue;
    const before = idOfPath(c.basePath);
    const after = idOfPath(c.path);
    if (before === after || world.exists(before)) continue;
    for (const referrer of world.referrers(before)) {
      const findings = referrer.refs
        .filter((r) => r.id === before)
        .map((r): Finding => ({
          code: 'review.renamed-id',
          severity: 'error',
          path: r.path,
          target: 'value',
          args: { old: before, new: after, from: c.basePath ?? '', to: c.path ?? '' },
        }));
      if (findings.length)
        out.set(referrer.path, {
          text: referrer.text,
          findings: [...(out.get(referrer.path)?.findings ?? []), ...findings],
        });
    }
  }
  return out;
}
