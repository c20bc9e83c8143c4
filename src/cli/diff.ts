/**
 * `atelier diff REV [--format markdown|json]`: what a change does, record by record, for a
 * pull-request description: notes ("one participant added; afternoon slot moved …"), quote totals
 * old → new, and the problems found in the changed records.
 */
import type { Diagnostic } from '../core/diagnostics';
import { cliWords, usageWords } from '../core/i18n/cli';
import type { Locale } from '../core/i18n/messages';
import { notesText, typeName } from '../core/i18n/review';
import { mergeReview, type RecordReview } from '../core/review';
import type { Workspace } from '../core/workspace';
import { reviewWorkspace } from '../node/review';
import type { CliIo } from './cli';
import type { CommandInput } from './documents/input';
import { oneLine } from './terminal';
import { UsageError } from './usage';

interface DiffRecord {
  review: RecordReview;
  summary: string;
  diagnostics: Diagnostic[];
}

export async function diffCommand(input: CommandInput & { staged: boolean }, io: CliIo): Promise<number> {
  const format = input.flag('--format') ?? 'markdown';
  if (!['markdown', 'json'].includes(format))
    throw new UsageError(usageWords.unknownFormat(format, ['markdown', 'json']));
  if (input.positional.length !== 1)
    throw new UsageError(
      input.positional.length ? usageWords.diffOneRevision(input.positional.length) : usageWords.diffNeedsRevision,
    );
  const rev = input.positional[0];
  const { workspace, dir } = await input.open();
  const { base, result } = await reviewWorkspace(workspace, dir, { base: rev, staged: input.staged });
  const locale = workspace.locale;
  const all = mergeReview(workspace.diagnostics(), result, locale);
  const records = result.records.map((r): DiffRecord => ({
    review: r,
    summary: notesText(locale, r.notes, workspace.config.currency),
    diagnostics: all.filter((d) => d.file === r.path),
  }));
  // Findings the change causes in files it did not touch (references to a renamed id).
  const changed = new Set(result.records.map((r) => r.path));
  const elsewhere = [...result.diagnostics.keys()]
    .filter((f) => !changed.has(f))
    .flatMap((f) => all.filter((d) => d.file === f && d.code.startsWith('review.')));
  io.stdout(
    format === 'json'
      ? diffJson(rev, base, records, elsewhere)
      : diffMarkdown(rev, records, elsewhere, locale, workspace),
  );
  return 0;
}

function plain({ file, line, column, endLine, endColumn, severity, code, message }: Diagnostic) {
  return { file, line, column, endLine, endColumn, severity, code, message };
}

function diffJson(rev: string, base: string, records: DiffRecord[], elsewhere: Diagnostic[]): string {
  const out = {
    base: rev,
    base_commit: base,
    records: records.map(({ review: r, summary, diagnostics }) => ({
      path: r.path,
      base_path: r.basePath ?? null,
      id: r.id,
      type: r.type ?? null,
      change: r.change,
      summary,
      notes: r.notes,
      diagnostics: diagnostics.map(plain),
    })),
    elsewhere: elsewhere.map(plain),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/**
 * Markdown special characters in free text (titles, messages) are escaped; ids go in code spans.
 * An underscore inside a word (closed_on) emphasises nothing and stays as it is.
 */
function md(s: string): string {
  return s.replace(/[\\`*{}[\]<>|#]|(?<!\w)_|_(?!\w)/g, (c) => `\\${c}`);
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

function diffMarkdown(
  rev: string,
  records: DiffRecord[],
  elsewhere: Diagnostic[],
  locale: Locale,
  ws: Workspace,
): string {
  const w = cliWords(locale);
  const lines = [`### Atelier — ${w.changesSince(code(rev))}`, ''];
  if (!records.length) lines.push(w.noRecordChanged);
  const icon = (d: Diagnostic) => (d.severity === 'error' ? '⛔' : d.severity === 'warning' ? '⚠️' : 'ℹ️');
  const problem = (d: Diagnostic, withFile: boolean) =>
    `  - ${icon(d)} ${withFile ? `${code(d.file)} ` : ''}${w.line} ${d.line} · ${code(d.code)} ${md(d.message)}`;
  for (const { review: r, summary, diagnostics } of records) {
    const number = r.type === 'quote' ? ws.record(r.id, 'quote')?.data.number : undefined;
    const label = `**${typeName(locale, r.type)} ${code(r.id)}**${typeof number === 'string' ? ` (${md(number)})` : ''}`;
    lines.push(`- ${label} — ${md(summary || w.layoutOnly)}`);
    for (const d of diagnostics) lines.push(problem(d, false));
  }
  if (elsewhere.length) {
    lines.push('', w.inOtherFiles, '');
    for (const d of elsewhere) lines.push(problem(d, true).replace(/^ {2}/, ''));
  }
  const errors = [...records.flatMap((r) => r.diagnostics), ...elsewhere].filter((d) => d.severity === 'error').length;
  lines.push('', w.diffTotals(records.length, errors));
  return lines.map(oneLine).join('\n') + '\n';
}
