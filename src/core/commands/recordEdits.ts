/**
 * The edits behind the record commands, as narrow text edits through the YAML Document API:
 * every line they do not touch stays byte for byte.
 */
import { editFrontMatter, setValue } from '../edit/frontMatterEdit';
import type { TextEdit } from '../edit/textEdit';
import { isObject, list, type Data } from '../records';
import type { NewParticipant } from './participants';

/** Moves a record to another status. */
export function statusEdit(text: string, status: string): TextEdit | undefined {
  return setValue(text, ['status'], status);
}

/** Appends participants (with `added_on`) to a session, creating the list if needed. */
export function addParticipantsEdit(
  text: string,
  session: Data,
  people: readonly NewParticipant[],
  today: string,
): TextEdit | undefined {
  if (!people.length) return undefined;
  const added = people.map((p) => ({ ...p, added_on: today }));
  return editFrontMatter(text, (doc) => {
    if (list(session.participants).length) for (const p of added) doc.addIn(['participants'], doc.createNode(p));
    else doc.set('participants', doc.createNode(added));
  });
}

/**
 * Records one slot's attendance: the given participants present, the others absent (an `excused`
 * stays excused); each list gets one entry per slot, `null` where nothing is recorded.
 */
export function attendanceEdit(
  text: string,
  session: Data,
  slotIndex: number,
  present: ReadonlySet<number>,
): TextEdit | undefined {
  const slots = list(session.slots).length;
  if (slotIndex < 0 || slotIndex >= slots) return undefined;
  return editFrontMatter(text, (doc) => {
    list(session.participants).forEach((p, i) => {
      const before = isObject(p) ? list(p.attendance) : [];
      const row = Array.from({ length: slots }, (_, j) => (before[j] === undefined ? null : before[j]));
      row[slotIndex] = present.has(i) ? 'present' : row[slotIndex] === 'excused' ? 'excused' : 'absent';
      const node = doc.createNode(row);
      node.flow = true;
      doc.setIn(['participants', i, 'attendance'], node);
    });
  });
}
