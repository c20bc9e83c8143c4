/** Dismissing a to-do by hand: recorded in its record's `dismissed` list, where the review sees it like any field. */
import { isSeq } from 'yaml';
import { editFrontMatter } from '../edit/frontMatterEdit';
import type { TextEdit } from '../edit/textEdit';
import { TODO_KINDS, type TodoKind } from '../figures/todos';

/** `KIND:RECORD_ID` (as `atelier todo` lists it), split; `undefined` when the kind is not one of Atelier's. */
export function parseTodoId(id: string): { kind: TodoKind; record: string } | undefined {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon) as TodoKind;
  const record = id.slice(colon + 1);
  return colon > 0 && record && TODO_KINDS.includes(kind) ? { kind, record } : undefined;
}

/** The edit that appends `{ todo, on, reason }` to the record's `dismissed` list (created when missing). */
export function dismissTodoEdit(text: string, kind: TodoKind, on: string, reason: string): TextEdit | undefined {
  const entry = { todo: kind, on, reason };
  return editFrontMatter(text, (doc) => {
    const list = doc.get('dismissed', true);
    if (isSeq(list)) list.items.push(doc.createNode(entry));
    else doc.set('dismissed', doc.createNode([entry]));
  });
}
