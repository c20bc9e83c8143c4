/**
 * What reaches a terminal or a CI log from records and file names: control characters (ESC sequences
 * that clear the screen or recolour it, CR that overwrites a line, LF that forges one, other C0 and C1
 * codes, bidirectional overrides that reorder what is shown) are written as visible escapes, as the
 * github format already does for its own syntax.
 */

/** Every control character, line breaks and tabs included: for one field of a line (a file name, a message). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const IN_FIELD = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** The same but line breaks and tabs: for whole outputs, whose lines Atelier made. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const IN_OUTPUT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\n`, `\r`, `\t`, else `\u001b` (also a valid JSON escape, so JSON output stays JSON with the same values). */
const visible = (c: string): string => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A value shown inside one line of text output: never more than that line, never a terminal command. */
export function oneLine(s: string): string {
  return s.replace(IN_FIELD, visible);
}

/** A whole output: its line breaks are kept, any other control character is made visible. */
export function terminalSafe(s: string): string {
  return s.replace(IN_OUTPUT, visible);
}
