/**
 * A participant report file as rows: its bytes decoded (UTF-8 with or without BOM, UTF-16 as Teams
 * writes it, else Windows-1252 as Excel saves it), its delimiter found (tab, semicolon or comma),
 * then split by csv-parse (quoted fields, CRLF, ragged sections).
 */
import { parse } from 'csv-parse/sync';
import type { ReportRow } from '../../core/attendance/reportLayouts';

/** The text of a report; undefined when the bytes are not text. */
export function decodeReport(bytes: Uint8Array): string | undefined {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    // UTF-16 without its BOM: a NUL beside nearly every ASCII byte.
    const head = bytes.subarray(0, 400);
    let odd = 0;
    let even = 0;
    head.forEach((b, i) => b === 0 && (i % 2 ? odd++ : even++));
    if (odd > head.length / 4) text = new TextDecoder('utf-16le').decode(bytes);
    else if (even > head.length / 4) text = new TextDecoder('utf-16be').decode(bytes);
    else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        text = new TextDecoder('windows-1252').decode(bytes);
      }
    }
  }
  text = text.replace(/^\ufeff/, '');
  return text.includes('\0') ? undefined : text;
}

/** The delimiter of the report: tab when lines have tabs, else the more frequent of `;` and `,`. */
function delimiterOf(text: string): string {
  const head = text.split(/\r?\n/, 40).join('\n');
  if (head.includes('\t')) return '\t';
  const count = (c: string) => head.split(c).length;
  return count(';') > count(',') ? ';' : ',';
}

/** The rows of a report's text, each with its first line number. */
export function reportRows(text: string): ReportRow[] {
  const records = parse(text, {
    delimiter: delimiterOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map((r) => ({ line: r.info.lines, cells: r.record }));
}
