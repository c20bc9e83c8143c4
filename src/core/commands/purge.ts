/**
 * Rule 8, applied: a session past its contact period loses its participants' contact data (every
 * field but the evidence of who attended); past its evidence period, the names go too and each
 * participant becomes a numbered entry that keeps attendance, so counts and rates do not change.
 * Each change is one edit through the YAML document API: every other byte of the file is kept.
 */
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { editFrontMatter } from '../edit/frontMatterEdit';
import type { TextEdit } from '../edit/textEdit';
import { isObject, list, sessionSpan, text } from '../records';
import { purgeDue, purgeToday, type PurgeStage } from '../retention';
import type { Workspace } from '../workspace';

/** What a participant keeps after the contact stage: the evidence of the training. */
const EVIDENCE_FIELDS: ReadonlySet<string> = new Set([
  'first_name',
  'last_name',
  'organisation',
  'added_on',
  'group',
  'attendance',
]);
/** What a numbered entry keeps after the evidence stage (none of it names anyone). */
const ANONYMOUS_FIELDS: ReadonlySet<string> = new Set(['added_on', 'group', 'attendance']);

/** A value a purge takes out of a file: what a history rewrite must take out of older versions too. */
export interface RemovedValue {
  field: string;
  value: string;
}

export interface PurgeChange {
  path: string;
  id: string;
  title: string;
  stage: PurgeStage;
  /** The day the stage was due. */
  due: string;
  participants: number;
  /** The fields removed, by name (email, function…). */
  fields: string[];
  removed: RemovedValue[];
  edit: TextEdit;
}

export interface PurgePlan {
  changes: PurgeChange[];
  /** Sessions whose front matter cannot be read or edited: whether they are due cannot be told. */
  unreadable: string[];
}

/** Every session whose personal data is due for removal today, with the edit that removes it. */
export function purgePlan(ws: Workspace, today: string): PurgePlan {
  const changes: PurgeChange[] = [];
  const unreadable: string[] = [];
  for (const a of ws.analysesOf('session')) {
    const record = ws.record(a.id, 'session');
    if (!record) {
      unreadable.push(a.path);
      continue;
    }
    const data = record.data;
    const span = data && sessionSpan(data);
    const participants = list(data?.participants).filter(isObject);
    if (!span || !participants.length) continue;
    const stage = purgeToday(span.last, text(data.purged_on), ws.config.retention, today);
    if (!stage) continue;
    const keep = stage === 'evidence' ? ANONYMOUS_FIELDS : EVIDENCE_FIELDS;
    const removed: RemovedValue[] = [];
    const fields = new Set<string>();
    for (const p of participants)
      for (const [field, value] of Object.entries(p)) {
        if (keep.has(field)) continue;
        fields.add(field);
        if (typeof value === 'string' || typeof value === 'number') removed.push({ field, value: String(value) });
      }
    const edit = editFrontMatter(ws.textOf(a.path) ?? '', (doc) => purgeDocument(doc, keep, stage, today));
    if (!edit) {
      unreadable.push(a.path);
      continue;
    }
    changes.push({
      path: a.path,
      id: a.id,
      title: text(data.title) ?? a.id,
      stage,
      due: purgeDue(span.last, ws.config.retention, stage),
      participants: participants.length,
      fields: [...fields],
      removed,
      edit,
    });
  }
  return { changes: changes.sort((x, y) => (x.path < y.path ? -1 : 1)), unreadable: unreadable.sort() };
}

function purgeDocument(doc: Document, keep: ReadonlySet<string>, stage: PurgeStage, today: string): void {
  const participants = doc.get('participants', true);
  if (!isSeq(participants)) return;
  participants.items.forEach((item, i) => {
    if (!isMap(item)) return;
    item.items = item.items.filter((pair) => keep.has(String(isScalar(pair.key) ? pair.key.value : pair.key)));
    if (stage === 'evidence') {
      // Numbered in list order: counts, attendance and the order of the sign-in sheets stay as they were.
      item.items.unshift(doc.createPair('first_name', 'Participant'), doc.createPair('last_name', String(i + 1)));
    }
  });
  doc.set('purged_on', today);
}

/**
 * The expressions file of `git filter-repo --replace-text`: each removed value, replaced by
 * ***REMOVED*** where it follows its own field name, so that a first name is not replaced everywhere.
 */
export function replaceTextFile(removed: readonly RemovedValue[]): string {
  const lines = new Set<string>();
  for (const { field, value } of removed) {
    if (!value.trim() || /[\r\n]/.test(value)) continue;
    lines.add(
      `regex:(?m)(^[ \\t-]*${escapeRegex(field)}:[ \\t]*["']?)${escapeRegex(value)}(?=["']?[ \\t]*(#.*)?$)==>\\1***REMOVED***`,
    );
  }
  return [...lines].join('\n') + (lines.size ? '\n' : '');
}

/** A literal for a Python regular expression; `=` too, so a value holding "==>" cannot end the expression early. */
function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\=]/g, '\\$&');
}
