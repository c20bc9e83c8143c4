/** The full data of one record (the index keeps only facts): parsed again from its text on demand. */
import { splitFrontMatter } from './parse/frontMatter';
import { loadYaml } from './parse/loadYaml';
import { isObject, type Data } from './records';
import type { RecordType } from './schema/schemas';

export interface RecordData {
  id: string;
  path: string;
  type: RecordType;
  /** The front matter values, participants included. */
  data: Data;
  /** The Markdown body after the front matter. */
  body: string;
  /** Offset of the body in the file text (to position findings in the body). */
  bodyStart: number;
}

export function parseRecordText(id: string, path: string, type: RecordType, text: string): RecordData | undefined {
  const fm = splitFrontMatter(text);
  if (!fm?.closed) return undefined;
  const loaded = loadYaml(fm.yaml);
  if (!loaded.ok || !isObject(loaded.value)) return undefined;
  return { id, path, type, data: loaded.value, body: text.slice(fm.bodyStart), bodyStart: fm.bodyStart };
}
