/** The review's findings joined to the workspace's diagnostics: one list, in the usual order. */
import { compareDiagnostics, type Diagnostic } from '../diagnostics';
import type { Locale } from '../i18n/messages';
import { localize } from '../localize';
import type { ReviewResult } from './review';

export function mergeReview(diagnostics: readonly Diagnostic[], review: ReviewResult, locale: Locale): Diagnostic[] {
  const added: Diagnostic[] = [];
  for (const [file, ds] of review.diagnostics) for (const d of ds) added.push(localize(file, d, locale));
  // A reference to a renamed id says more than "no record with this id": keep that one.
  const at = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}`;
  const renamed = new Set(added.filter((d) => d.code === 'review.renamed-id').map(at));
  return [...diagnostics.filter((d) => !(d.code === 'ref.missing' && renamed.has(at(d)))), ...added].sort(
    compareDiagnostics,
  );
}
