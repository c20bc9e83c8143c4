/** The three output formats of `atelier validate`. */
import * as path from 'path';
import type { Diagnostic } from '../core/diagnostics';
import { cliWords } from '../core/i18n/cli';
import type { Locale } from '../core/i18n/messages';
import { oneLine } from './terminal';

export interface Report {
  files: number;
  records: number;
  diagnostics: Diagnostic[];
}

export function formatJson(r: Report): string {
  const diagnostics = r.diagnostics.map(({ file, line, column, endLine, endColumn, severity, code, message }) => ({
    file,
    line,
    column,
    endLine,
    endColumn,
    severity,
    code,
    message,
  }));
  return JSON.stringify({ files: r.files, records: r.records, diagnostics }, null, 2) + '\n';
}

export function formatText(r: Report, locale: Locale): string {
  const lines: string[] = [];
  let current: string | undefined;
  for (const d of r.diagnostics) {
    if (d.file !== current) {
      if (current !== undefined) lines.push('');
      current = d.file;
    }
    lines.push(`${oneLine(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${oneLine(d.message)}`);
  }
  if (lines.length) lines.push('');
  lines.push(summary(r, locale));
  return lines.join('\n') + '\n';
}

export function summary(r: Report, locale: Locale): string {
  const count = (s: string) => r.diagnostics.filter((d) => d.severity === s).length;
  return cliWords(locale).summary({
    files: r.files,
    records: r.records,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    inFiles: new Set(r.diagnostics.map((d) => d.file)).size,
  });
}

/** GitHub workflow commands; paths are made relative to the current folder (the repository root in CI). */
export function formatGithub(r: Report, workspaceDir: string, cwd: string): string {
  const rel = path.relative(cwd, workspaceDir).split(path.sep).join('/');
  const lines = r.diagnostics.map((d) => {
    const file = rel ? `${rel}/${d.file}` : d.file;
    const level = d.severity === 'info' ? 'notice' : d.severity;
    const props = [
      `file=${prop(file)}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${prop(d.code)}`,
    ].join(',');
    return `::${level} ${props}::${data(d.message)}`;
  });
  return lines.map((l) => l + '\n').join('');
}

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
