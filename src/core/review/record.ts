/** One side of a change (the base or the current version) read as a record, or nothing when it cannot be. */
import { idOfPath } from '../analyze';
import { findConflictMarkers } from '../parse/conflicts';
import { splitFrontMatter, type FrontMatter } from '../parse/frontMatter';
import { loadYaml } from '../parse/loadYaml';
import { isObject, type Data } from '../records';
import { isRecordType, type RecordType } from '../schema/schemas';

export interface ReadRecord {
  id: string;
  path: string;
  type: RecordType;
  data: Data;
  text: string;
  fm: FrontMatter;
  body: string;
}

/**
 * A version of a file as a record. Undefined for anything the normal validation already reports
 * (conflict markers, broken YAML, unknown type): the history rules only compare readable records.
 */
export function readRecord(path: string, text: string | undefined): ReadRecord | undefined {
  if (text === undefined || findConflictMarkers(text)) return undefined;
  const fm = splitFrontMatter(text);
  if (!fm?.closed) return undefined;
  const loaded = loadYaml(fm.yaml);
  if (!loaded.ok || !isObject(loaded.value) || !isRecordType(loaded.value.type)) return undefined;
  return {
    id: idOfPath(path),
    path,
    type: loaded.value.type,
    data: loaded.value,
    text,
    fm,
    body: text.slice(fm.bodyStart),
  };
}

/**
 * Parsed versions kept for one review: the same text (the base, the current file, the commit that
 * equals it) is parsed once, however many rules and steps read it.
 */
export class RecordReader {
  private readonly seen = new Map<string, { text: string; record: ReadRecord | undefined }[]>();

  read(path: string, text: string | undefined): ReadRecord | undefined {
    if (text === undefined) return undefined;
    let versions = this.seen.get(path);
    if (!versions) this.seen.set(path, (versions = []));
    const hit = versions.find((v) => v.text === text);
    if (hit) return hit.record;
    const record = readRecord(path, text);
    versions.push({ text, record });
    return record;
  }
}
