/**
 * Where the cursor is in a record's front matter, read from the lines themselves: while the user
 * types, the YAML is often incomplete, so this does not rely on a parser.
 */
import { splitFrontMatter } from '../parse/frontMatter';

export type CursorKind = 'key' | 'value' | 'item';

export interface Cursor {
  /** key: typing a field name; value: after `key:`; item: a list entry (`- x` or inside `[a, x]`). */
  kind: CursorKind;
  /** Field names from the root to the field (value, item) or to the mapping holding the key (key). */
  path: string[];
  /** The word typed so far, and the offsets it spans (what a completion replaces). */
  prefix: string;
  start: number;
  end: number;
  /** Keys already present in the mapping (for key completion). */
  siblings: string[];
  /** Entries already present in the list (for item completion). */
  items: string[];
}

interface LineInfo {
  dash?: number;
  keyCol: number;
  key?: string;
  blank: boolean;
}

const LEAD = /^( *)((?:- +)*)/;
const KEY = /^([^\s:#'"[\]{},][^:#]*?|"[^"]*"|'[^']*')[ \t]*:(?=\s|$)/;

function info(line: string): LineInfo {
  const m = LEAD.exec(line)!;
  const rest = line.slice(m[0].length);
  const k = KEY.exec(rest);
  const dash = m[2] ? m[1].length + m[2].lastIndexOf('-') : undefined;
  return {
    dash,
    keyCol: m[0].length,
    key: k ? k[1].replace(/^["']|["']$/g, '') : undefined,
    blank: rest.trim() === '' || rest.startsWith('#'),
  };
}

/** The keys leading to the mapping that holds a key at column `col` on line `idx`. */
function ancestors(lines: string[], idx: number, col: number, dash: number | undefined): string[] {
  const path: string[] = [];
  for (let i = idx - 1; i >= 0; i--) {
    const l = info(lines[i]);
    if (l.blank) continue;
    if (dash !== undefined) {
      // Inside a list item: skip the list's other items, stop at the key that owns the list.
      if (l.dash === dash || l.keyCol > dash) continue;
      if (!l.key) break;
      path.unshift(l.key);
      col = l.keyCol;
      dash = l.dash;
    } else if (l.keyCol > col) {
      continue;
    } else if (l.keyCol === col) {
      if (l.dash !== undefined) dash = l.dash; // first line of the item holding this mapping
    } else {
      if (!l.key) break;
      path.unshift(l.key);
      col = l.keyCol;
      dash = l.dash;
    }
  }
  return path;
}

/** Keys at column `col` of the mapping around line `idx` (above and below, within the same item). */
function siblingKeys(lines: string[], idx: number, col: number, ownDash: boolean): string[] {
  const keys: string[] = [];
  const scan = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const l = info(lines[i]);
      if (l.blank) continue;
      if (l.keyCol < col) break;
      if (l.keyCol > col) continue;
      if (l.dash !== undefined && step > 0) break; // the next item starts
      if (l.key) keys.push(l.key);
      if (l.dash !== undefined) break; // this item starts here
    }
  };
  if (!ownDash) scan(idx - 1, -1);
  scan(idx + 1, 1);
  return keys;
}

/** The cursor context at `offset`, or undefined outside the front matter. */
export function cursorAt(text: string, offset: number): Cursor | undefined {
  const fm = splitFrontMatter(text);
  if (!fm || offset < fm.start || offset > fm.end) return undefined;
  const yaml = text.slice(fm.start, fm.end);
  const rel = offset - fm.start;
  const lines = yaml.split(/\r?\n/);
  const idx = yaml.slice(0, rel).split('\n').length - 1;
  const lineStart = yaml.lastIndexOf('\n', rel - 1) + 1;
  const before = yaml.slice(lineStart, rel);
  const afterWord = /^[\w.@-]*/.exec(yaml.slice(rel))![0];
  const l = info(before);
  const at = (prefix: string) => ({ prefix, start: offset - prefix.length, end: offset + afterWord.length });

  const keyValue = new RegExp(`^.{${l.keyCol}}([^:#]+?)[ \\t]*:[ \\t]*(.*)$`).exec(before);
  if (keyValue && !/^["']/.test(keyValue[1])) {
    const key = keyValue[1];
    const path = [...ancestors(lines, idx, l.keyCol, l.dash), key];
    const value = keyValue[2];
    const flow = /^\[([^\]]*)$/.exec(value);
    if (flow) {
      const parts = flow[1].split(',');
      const prefix = parts[parts.length - 1].trimStart();
      return {
        kind: 'item',
        path,
        ...at(prefix),
        siblings: [],
        items: parts
          .slice(0, -1)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    }
    return { kind: 'value', path, ...at(value.replace(/^["']/, '')), siblings: [], items: [] };
  }
  const word = /[\w-]*$/.exec(before.slice(l.keyCol))![0];
  if (before.slice(l.keyCol) !== word) return undefined; // inside a quoted or multi-word value
  if (l.dash !== undefined) {
    // `- x`: an entry of a scalar list, or the first key of a new item in a list of mappings.
    const owner = ancestors(lines, idx, l.dash, l.dash);
    const items = lines.flatMap((line, i) => {
      const o = info(line);
      return i !== idx && o.dash === l.dash && !o.key ? [line.slice(o.keyCol).trim()] : [];
    });
    return { kind: 'item', path: owner, ...at(word), siblings: siblingKeys(lines, idx, l.keyCol, true), items };
  }
  return {
    kind: 'key',
    path: ancestors(lines, idx, l.keyCol, undefined),
    ...at(word),
    siblings: siblingKeys(lines, idx, l.keyCol, false),
    items: [],
  };
}
