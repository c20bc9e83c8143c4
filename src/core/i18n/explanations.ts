/**
 * Each diagnostic code is explained in its own Markdown page, one per language, shipped with the
 * extension (docs/codes/<locale>/<code>.md): what the rule checks, why, and how to fix it.
 */
import { isDiagnosticCode, type DiagnosticCode, type Locale } from './messages';

/** The folder that holds every explanation, relative to the package root. */
export const EXPLANATIONS_FOLDER = 'docs/codes';

/**
 * The explanation of a code in a language, relative to the package root (forward slashes); a code
 * this version does not know (from an older cache) gets the list of all codes.
 */
export function explanationPath(code: DiagnosticCode | string, locale: Locale): string {
  return `${EXPLANATIONS_FOLDER}/${locale}/${isDiagnosticCode(code) ? code : 'index'}.md`;
}
