/** Hover, go to definition, find references and rename: the record graph seen from the editor. */
import type { FileAnalysis } from '../analyze';
import type { DataPath, Range } from '../diagnostics';
import { quoteTotals } from '../figures/quoteTotals';
import { languageWords } from '../i18n/language';
import type { Locale } from '../i18n/messages';
import { typeName } from '../i18n/review';
import { YamlLocator } from '../parse/locate';
import { splitFrontMatter } from '../parse/frontMatter';
import { knownRecordTypeOf } from '../parse/recordType';
import { parseRecordText } from '../recordData';
import { labelOf, list, referenceField } from '../records';
import { LineIndex } from '../text/lineIndex';
import type { Workspace } from '../workspace';
import { schemaAt } from './schemaNav';
import { tokenAt } from './tokenAt';

export interface Hover {
  markdown: string;
  start: number;
  end: number;
}

/** A place in a file: its path and the range (1-based) of the text. */
export interface Location extends Range {
  path: string;
}

const keysOf = (path: DataPath) => path.filter((p): p is string => typeof p === 'string');

/** The record a reference under the cursor points to. */
export function definitionAt(ws: Workspace, text: string, offset: number): FileAnalysis | undefined {
  const type = knownRecordTypeOf(text);
  const token = tokenAt(text, offset);
  if (!type || token?.kind !== 'value' || typeof token.value !== 'string') return undefined;
  const ref = referenceField(type, token.path);
  return ref ? ws.filesWithId(token.value).find((r) => r.type === ref.expected) : undefined;
}

export function hoverAt(ws: Workspace, text: string, offset: number): Hover | undefined {
  const type = knownRecordTypeOf(text);
  const token = tokenAt(text, offset);
  if (!type || !token) return undefined;
  // The language of diagnostics: the editor's setting, else atelier.yaml's.
  const locale = ws.locale;
  if (token.kind === 'key') {
    if (type === 'quote' && token.path.length === 1 && (token.path[0] === 'lines' || token.path[0] === 'type'))
      return { markdown: totalsMarkdown(ws, text, locale), start: token.start, end: token.end };
    const node = schemaAt(type, keysOf(token.path), locale);
    if (!node) return undefined;
    return {
      markdown: `**${node.title ?? String(token.path[token.path.length - 1])}**\n\n${node.description ?? ''}`,
      start: token.start,
      end: token.end,
    };
  }
  const target = definitionAt(ws, text, offset);
  if (target) {
    const roles = list(target.facts?.roles).join(', ');
    const lines = [
      `**${labelOf(target.facts) ?? target.id}** — ${typeName(locale, target.type)}`,
      roles && languageWords(locale).roles(roles),
      `\`${target.path}\``,
    ].filter(Boolean);
    return { markdown: lines.join('\n\n'), start: token.start, end: token.end };
  }
  if (type === 'quote' && token.path.join('.') === 'number')
    return { markdown: totalsMarkdown(ws, text, locale), start: token.start, end: token.end };
  return undefined;
}

function totalsMarkdown(ws: Workspace, text: string, locale: Locale): string {
  const data = parseRecordText('', '', 'quote', text)?.data;
  if (!data) return '';
  const t = quoteTotals(data, ws.config.vat_rate);
  const money = (x: number) =>
    new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'currency',
      currency: ws.config.currency || 'EUR',
    }).format(x);
  const row = (label: string, ht: number, vat: number, ttc: number) =>
    `| ${label} | ${money(ht)} | ${money(vat)} | ${money(ttc)} |`;
  const w = languageWords(locale);
  const out = [
    `| | ${w.ht} | ${w.vat} | ${w.ttc} |`,
    '|---|---:|---:|---:|',
    row(w.oneOff, t.total_ht, t.total_vat, t.total_ttc),
  ];
  for (const r of t.recurring_by_period) out.push(row(w.perPeriod[r.period], r.total_ht, r.total_vat, r.total_ttc));
  return out.join('\n');
}

/** Every place that references the record `id`. */
export function referencesTo(ws: Workspace, id: string): Location[] {
  const out: Location[] = [];
  for (const r of ws.referrers(id)) {
    const text = ws.textOf(r.path) ?? '';
    const fm = splitFrontMatter(text);
    if (!fm) continue;
    const locator = new YamlLocator(fm.yaml);
    const lines = new LineIndex(text);
    for (const ref of r.refs) {
      if (ref.id !== id) continue;
      const span = locator.locate(ref.path, 'value');
      out.push({ path: r.path, ...lines.range(fm.start + span.start, fm.start + span.end) });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}

export interface RenameEdits {
  /** The record's file, and its new path. */
  from: string;
  to: string;
  /** Each reference to replace by the new id. */
  references: Location[];
}

/** What renaming the record `id` to `newId` changes: its file name and every reference to it. */
export function renameRecord(ws: Workspace, id: string, newId: string): RenameEdits | undefined {
  const record = ws.filesWithId(id)[0];
  if (!record || !/^[^/\\:*?"<>|\s][^/\\:*?"<>|]*$/.test(newId) || ws.filesWithId(newId).length) return undefined;
  const to = record.path.slice(0, record.path.length - id.length - 3) + newId + '.md';
  return { from: record.path, to, references: referencesTo(ws, id) };
}
