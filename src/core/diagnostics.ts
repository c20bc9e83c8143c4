/** Diagnostics: what the core reports, before and after positions are known. */
import type { DiagnosticCode } from './i18n/messages';

export type Severity = 'error' | 'warning' | 'info';

/** A path into the front matter data, e.g. ['participants', 3, 'email']. */
export type DataPath = readonly (string | number)[];

/** Where a finding points: the key of a path (its name) or its value. */
export type Target = 'key' | 'value';

/** A finding located by data path; positions are resolved later, only when needed. */
export interface Finding {
  code: DiagnosticCode;
  severity: Severity;
  path: DataPath;
  target: Target;
  /** Arguments of the localized message for `code`. */
  args?: Record<string, string | number>;
  /** Offsets in the whole file, for findings outside the front matter (e.g. a placeholder in the body). */
  span?: { start: number; end: number };
}

/** A range in a file: 1-based lines and columns (UTF-16 code units, as editors count). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A finding with its place in the file; `message` is filled by `localizeAll`. */
export interface Diagnostic extends Range {
  file: string;
  severity: Severity;
  code: DiagnosticCode;
  args?: Record<string, string | number>;
  /** The data path the diagnostic is about, when it is about a field. */
  path?: DataPath;
  message: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
