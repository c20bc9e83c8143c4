/**
 * Emails composed for a session are recorded in it (format.md `sent:`), so the reminder they answer
 * is done and the review sees the entry like any field. Edited through the yaml Document API:
 * every other byte of the file stays as it was.
 */
import { isMap, isSeq } from 'yaml';
import { editFrontMatter } from '../edit/frontMatterEdit';
import type { TextEdit } from '../edit/textEdit';

/**
 * The edit that appends `{ template, on }` to the session's `sent` list (created when missing);
 * undefined when the same template is already recorded that day (a run made again) or the front
 * matter cannot be edited.
 */
export function recordSentEdit(text: string, template: string, on: string): TextEdit | undefined {
  return editFrontMatter(text, (doc) => {
    const list = doc.get('sent', true);
    const entry = { template, on };
    if (isSeq(list)) {
      const already = list.items.some(
        (item) => isMap(item) && item.get('template') === template && String(item.get('on')) === on,
      );
      if (!already) list.items.push(doc.createNode(entry));
    } else doc.set('sent', doc.createNode([entry]));
  });
}
