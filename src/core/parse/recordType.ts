/**
 * A record's type read from its text without parsing the YAML: what completion, hover, quick fixes
 * and commands need on every keystroke, and what analyze.ts reports for a file it cannot parse.
 */
import { isRecordType, type RecordType } from '../schema/schemas';
import { splitFrontMatter } from './frontMatter';

/** A `type` key at the start of a line (YAML needs a space or the line end after the colon). */
const TYPE_KEY = /^(?:type|"type"|'type')[ \t]*:(?=[ \t]|\r?$)(.*)$/m;
/** A merge-conflict marker line the file may start with (both sides added the same record). */
const LEADING_MARKER = /^\uFEFF?<{7}(?: [^\n]*)?\n/;

/**
 * The type a record file declares, by the rule of format.md and analyze.ts: a file is a record when its
 * front matter has a `type:` key. A `type:` in the Markdown body, or indented under another field, does
 * not count. undefined: not a record; 'unknown': a `type:` whose value is no record type.
 * Quoted values, a trailing comment, CRLF line ends and a byte order mark are read as YAML reads them.
 */
export function recordTypeOf(text: string): RecordType | 'unknown' | undefined {
  const fm = splitFrontMatter(text.replace(LEADING_MARKER, ''));
  const m = fm && TYPE_KEY.exec(fm.yaml);
  if (!m) return undefined;
  let value = m[1].replace(/\r$/, '').trim();
  if (value.startsWith('#')) value = '';
  else if (/^(["']).*\1/.test(value)) value = value.slice(1, value.indexOf(value[0], 1));
  else value = value.replace(/[ \t]#.*$/, '').trim();
  return isRecordType(value) ? value : 'unknown';
}

/** The declared type when it is a known record type. */
export function knownRecordTypeOf(text: string): RecordType | undefined {
  const type = recordTypeOf(text);
  return type === 'unknown' ? undefined : type;
}
