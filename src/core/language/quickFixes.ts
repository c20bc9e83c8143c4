/** Quick fixes for diagnostics: narrow edits a user can apply in one click. */
import { FOLDER } from '../commands/newRecords';
import type { Diagnostic } from '../diagnostics';
import { editFrontMatter, removeAt, setValue } from '../edit/frontMatterEdit';
import type { TextEdit } from '../edit/textEdit';
import { languageWords } from '../i18n/language';
import { knownRecordTypeOf } from '../parse/recordType';
import { recordTypes, type RecordType } from '../schema/schemas';
import type { Workspace } from '../workspace';
import { schemaAt, type SchemaNode } from './schemaNav';

export interface QuickFix {
  /** What the fix does, in the workspace language. */
  title: string;
  /** Edits in the diagnostic's file. */
  edits?: TextEdit[];
  /** A new file to create (workspace-relative path and content). */
  create?: { path: string; content: string };
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
      return [
        {
          title: w.createRecord(expected, id),
          create: { path: `${FOLDER[expected]}/${id}.md`, content: newRecord(expected, ws.today) },
        },
      ];
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
