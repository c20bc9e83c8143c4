import type { FileDiagnostic } from './analyze';
import type { Diagnostic } from './diagnostics';
import { message, type Locale } from './i18n/messages';

/** A positioned diagnostic with its file and its message in the workspace language. */
export function localize(file: string, d: FileDiagnostic, locale: Locale): Diagnostic {
  return {
    file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    code: d.code,
    args: d.args,
    path: d.path,
    message: message(locale, d.code, d.args),
  };
}
