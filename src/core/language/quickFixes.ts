/** Quick fixes for diagnostics: narrow edits a user can apply in one click. */
import { FOLDER } from '../commands/newRecords';
import type { Diagnostic } from '../diagnostics';
import { editFrontMatter, removeAt, setValue } from '../edit/frontMatterEdit';
import type { TextEdit } from '../edit/textEdit';
import { languageWords } from '../i18n/language';
import { recordWord } from '../i18n/messages';
import { splitFrontMatter } from '../parse/frontMatter';
import { YamlLocator } from '../parse/locate';
import { knownRecordTypeOf } from '../parse/recordType';
import { recordTypes, type RecordType } from '../schema/schemas';
import type { Workspace } from '../workspace';
import { schemaAt, type SchemaNode } from './schemaNav';

export interface QuickFix {
  /** What the fix does, in the workspace language. */
  title: string;
  /** Edits in the diagnostic's file. */
  edits?: TextEdit[];
  /**
   * A new file to create (workspace-relative path and content), and the same content as a snippet
   * (tab stops on the required fields) for an editor to open it with.
   */
  create?: { path: string; content: string; snippet: string };
  /** A place of the diagnostic's file to show (offsets), when the fix is to look at something. */
  reveal?: { start: number; end: number };
}

export function quickFixes(ws: Workspace, text: string, d: Diagnostic): QuickFix[] {
  // The language of the diagnostics they fix: the editor's setting, else atelier.yaml's.
  const w = languageWords(ws.locale);
  const type = knownRecordTypeOf(text);
  const args = d.args ?? {};
  switch (d.code) {
    case 'schema.enum': {
      const allowed = String(args.allowed ?? '')
        .split(', ')
        .filter(Boolean);
      const best = closest(String(args.value ?? ''), allowed);
      const edit = best && d.path ? setValue(text, d.path, best) : undefined;
      return best && edit ? [{ title: w.changeTo(best), edits: [edit] }] : [];
    }
    case 'schema.required': {
      const field = String(args.field ?? '');
      if (!type || !d.path || !field) return [];
      const node = schemaAt(type, [...d.path.filter((p): p is string => typeof p === 'string'), field]);
      const edit = setValue(text, [...d.path, field], placeholder(node, ws.today));
      return edit ? [{ title: w.addField(field), edits: [edit] }] : [];
    }
    case 'ref.missing': {
      const id = String(args.id ?? '');
      const expected = recordTypes.find((t) => t === args.expected);
      if (!expected || !id) return [];
      // A mistyped id first: the closest existing ids of the right type, then creating the record.
      const near = d.path
        ? closestIds(
            id,
            ws.analysesOf(expected).map((r) => r.id),
          )
        : [];
      const path = d.path;
      const corrections = near.flatMap((other) => {
        const edit = path ? setValue(text, path, other) : undefined;
        return edit ? [{ title: w.didYouMean(other), edits: [edit] }] : [];
      });
      return [
        ...corrections,
        {
          title: w.createRecord(recordWord(ws.locale, expected), id),
          create: {
            path: `${FOLDER[expected]}/${id}.md`,
            content: newRecord(expected, ws.today),
            snippet: newRecordSnippet(expected, ws.today),
          },
        },
      ];
    }
    case 'rule.capacity': {
      const count = Number(args.count);
      const raise = Number.isFinite(count) ? setValue(text, ['capacity'], count) : undefined;
      const participants = keySpan(text, ['participants']);
      return [
        ...(raise ? [{ title: w.raiseCapacity(count), edits: [raise] }] : []),
        ...(participants ? [{ title: w.showParticipants, reveal: participants }] : []),
      ];
    }
    case 'config.vat-key': {
      // The key is computed from the SIREN the number carries: replace the number, keeping its quotes.
      const start = offsetOf(text, d.line, d.column);
      const end = offsetOf(text, d.endLine, d.endColumn);
      const old = text.slice(start, end);
      const fixed = `FR${String(args.key ?? '')}${String(args.siren ?? '')}`;
      if (!/^FR\d{11}$/.test(fixed) || !/^["']?FR[\s\dA-Z]+["']?$/.test(old)) return [];
      const quote = /^["']/.test(old) ? old[0] : '';
      return [{ title: w.changeTo(fixed), edits: [{ start, end, newText: `${quote}${fixed}${quote}` }] }];
    }
    case 'schema.uniqueItems':
    case 'rule.participant-duplicate': {
      const path = d.code === 'rule.participant-duplicate' ? d.path?.slice(0, 2) : d.path;
      const edit = path ? editFrontMatter(text, removeAt(path)) : undefined;
      return edit ? [{ title: w.removeDuplicate, edits: [edit] }] : [];
    }
    default:
      return [];
  }
}

/** The offset of a 1-based line and column (UTF-16 code units, as diagnostics count). */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return Math.min(text.length, at + column - 1);
}

/** A value that fits the schema, for a field added by a quick fix. */
function placeholder(node: SchemaNode | undefined, today: string): unknown {
  if (!node) return '';
  if (node.const !== undefined) return node.const;
  if (node.enum) return node.enum[0];
  if (node.format === 'date') return today;
  if (node.pattern && node.examples?.length) return node.examples[0];
  if (node.type === 'array') return [];
  if (node.type === 'object') return {};
  if (node.type === 'number' || node.type === 'integer') return 0;
  return '';
}

/** A new record with the required fields of its type, ready to fill in. */
export function newRecord(type: RecordType, today: string): string {
  const root = schemaAt(type, []);
  const lines = [`type: ${type}`];
  for (const field of root?.required ?? []) {
    if (field === 'type') continue;
    const value = placeholder(schemaAt(type, [field]), today);
    lines.push(`${field}: ${typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value)}`);
  }
  return `---\n${lines.join('\n')}\n---\n`;
}

/**
 * A new record's front matter as a snippet: a tab stop on each required field, with the value a
 * quick fix would write as its default (a choice for a list of allowed values).
 */
export function newRecordSnippet(type: RecordType, today: string): string {
  const root = schemaAt(type, []);
  const lines = [`type: ${type}`];
  let stop = 0;
  for (const field of root?.required ?? []) {
    if (field === 'type') continue;
    lines.push(`${field}: ${snippetValue(schemaAt(type, [field]), today, ++stop)}`);
  }
  return `---\n${lines.join('\n')}\n---\n\n$0`;
}

/** A tab stop for a field's value: a choice of its allowed values, or its placeholder value to type over. */
export function snippetValue(node: SchemaNode | undefined, today: string, stop: number): string {
  if (node?.enum?.length) return `\${${stop}|${node.enum.map((v) => escapeChoice(String(v))).join(',')}|}`;
  const value = placeholder(node, today);
  if (Array.isArray(value)) return `[\${${stop}}]`;
  if (typeof value === 'object' && value !== null) return `{\${${stop}}}`;
  if (value === '') return `\${${stop}}`;
  // Times and other patterned text are quoted, as the format writes them (start: "09:30").
  const quote = node?.pattern && typeof value === 'string' ? '"' : '';
  return `${quote}\${${stop}:${escapeSnippet(String(value))}}${quote}`;
}

const escapeSnippet = (s: string) => s.replace(/[$}\\]/g, (c) => `\\${c}`);
const escapeChoice = (s: string) => s.replace(/[$}\\,|]/g, (c) => `\\${c}`);

/** The existing ids nearest to a mistyped one (those containing it, or a few edits away), closest first. */
export function closestIds(typed: string, ids: readonly string[], max = 3): string[] {
  const t = typed.toLowerCase();
  const limit = Math.max(2, Math.floor(t.length / 3));
  return [...new Set(ids)]
    .map((id) => {
      const l = id.toLowerCase();
      return { id, score: l.includes(t) || t.includes(l) ? 0.5 : distance(t, l) };
    })
    .filter((c) => c.score <= limit && c.id !== typed)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((c) => c.id);
}

/** The allowed value closest to what was typed (edit distance, ignoring case). */
export function closest(value: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const a of allowed) {
    const score = distance(value.toLowerCase(), a.toLowerCase());
    if (score < bestScore) [best, bestScore] = [a, score];
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** Where a key of the front matter is written in the file (offsets), if it is. */
function keySpan(text: string, path: (string | number)[]): { start: number; end: number } | undefined {
  const fm = splitFrontMatter(text);
  if (!fm) return undefined;
  const span = new YamlLocator(fm.yaml).locate(path, 'key');
  const at = { start: fm.start + span.start, end: fm.start + span.end };
  return text.slice(at.start, at.end) === String(path[path.length - 1]) ? at : undefined;
}
