/** Completion in front matter: field names, enum values, ids of the right records, dates and times. */
import { knownRecordTypeOf } from '../parse/recordType';
import { labelOf, list, referenceField } from '../records';
import { recordTypes, type RecordType } from '../schema/schemas';
import type { Workspace } from '../workspace';
import { cursorAt } from './cursor';
import { snippetValue } from './quickFixes';
import { itemsOf, schemaAt, type SchemaNode } from './schemaNav';

export interface Completion {
  label: string;
  kind: 'field' | 'value' | 'reference' | 'snippet';
  detail?: string;
  documentation?: string;
  /** Text to insert; `${1}`-style tab stops when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  /** Offsets of the text the completion replaces. */
  start: number;
  end: number;
}

/** Completions at `offset` in the text of the file `path` of the workspace. */
export function completionsAt(ws: Workspace, path: string, text: string, offset: number): Completion[] {
  const cursor = cursorAt(text, offset);
  if (!cursor) return [];
  const type = knownRecordTypeOf(text);
  const span = { start: cursor.start, end: cursor.end };
  if (cursor.kind === 'value' && cursor.path.length === 1 && cursor.path[0] === 'type') {
    return recordTypes.map((t) => ({ label: t, kind: 'value', insertText: t, ...span }));
  }
  if (!type)
    return cursor.kind === 'key' && cursor.path.length === 0 && !cursor.siblings.includes('type')
      ? [{ label: 'type', kind: 'field', insertText: 'type: ', ...span }]
      : [];
  const node = schemaAt(type, cursor.path, ws.locale);
  const under = (keys: string[]) => schemaAt(type, [...cursor.path, ...keys]);
  const entryOf = (list: SchemaNode) => itemsOf(type, list);
  if (cursor.kind === 'key') return fieldsOf(node, cursor.siblings, span, ws.today, under, entryOf);
  if (cursor.kind === 'item') {
    const entry = itemsOf(type, node);
    if (entry?.properties) return fieldsOf(entry, cursor.siblings, span, ws.today, under, entryOf);
    return valuesFor(ws, path, type, cursor.path, entry, span).filter((c) => !cursor.items.includes(c.label));
  }
  return valuesFor(ws, path, type, cursor.path, node, span);
}

function fieldsOf(
  node: SchemaNode | undefined,
  present: readonly string[],
  span: { start: number; end: number },
  today: string,
  /** The schema below the cursor's place ($refs resolved, list levels stepped through). */
  under: (keys: string[]) => SchemaNode | undefined,
  /** The schema of a list's entries. */
  entryOf: (list: SchemaNode) => SchemaNode | undefined,
): Completion[] {
  const required = new Set(node?.required ?? []);
  return Object.entries(node?.properties ?? {})
    .filter(([k]) => !present.includes(k))
    .map(([k, p]) => {
      const block = blockSnippet(under([k]) ?? p, today, (key) => under([k, key]), entryOf);
      return {
        label: k,
        kind: 'field' as const,
        detail: `${p.title ?? k}${required.has(k) ? ' *' : ''}`,
        documentation: p.description,
        insertText: block ? `${k}:\n${block}` : `${k}: `,
        ...(block ? { snippet: true } : {}),
        ...span,
      };
    });
}

/**
 * A group of fields (`online`) or a list of them (`slots`) comes with its keys, indented under it,
 * one tab stop each: its required keys, or all of them when none is required. VS Code indents the
 * snippet's lines like the line it is inserted on.
 */
function blockSnippet(
  field: SchemaNode,
  today: string,
  child: (key: string) => SchemaNode | undefined,
  entryOf: (list: SchemaNode) => SchemaNode | undefined,
): string | undefined {
  const list = field.type === 'array';
  const group = list ? entryOf(field) : field.type === 'object' ? field : undefined;
  if (!group?.properties) return undefined;
  const keys = group.required?.length ? group.required : Object.keys(group.properties);
  if (!keys.length) return undefined;
  const lines = keys.map((k, i) => `${k}: ${snippetValue(child(k) ?? group.properties?.[k], today, i + 1)}`);
  return list
    ? lines.map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`)).join('\n')
    : lines.map((l) => `  ${l}`).join('\n');
}

function valuesFor(
  ws: Workspace,
  self: string,
  type: RecordType,
  path: readonly string[],
  node: SchemaNode | undefined,
  span: { start: number; end: number },
): Completion[] {
  const ref = referenceField(type, path);
  if (ref) {
    return ws
      .records()
      .filter(
        (r) => r.type === ref.expected && r.path !== self && (!ref.role || list(r.facts?.roles).includes(ref.role)),
      )
      .map((r) => ({
        label: r.id,
        kind: 'reference' as const,
        detail: labelOf(r.facts),
        documentation: r.path,
        insertText: r.id,
        ...span,
      }));
  }
  if (node?.enum)
    return node.enum.map((v) => ({
      label: String(v),
      kind: 'value' as const,
      documentation: node.description,
      insertText: String(v),
      ...span,
    }));
  if (node?.format === 'date') {
    const today = ws.today;
    return [{ label: today, kind: 'snippet', detail: 'YYYY-MM-DD', insertText: today, ...span }];
  }
  if (node?.pattern?.includes(':[0-5]')) {
    return ['09:00', '09:30', '12:30', '13:30', '14:00', '17:00'].map((t) => ({
      label: `"${t}"`,
      kind: 'snippet' as const,
      insertText: `"${t}"`,
      ...span,
    }));
  }
  return [];
}
