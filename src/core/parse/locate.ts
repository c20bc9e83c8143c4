/**
 * Finds where a data path sits in YAML source. Parsing with positions is several times slower
 * than parsing values, so it runs only for files that have something to report; and in a large
 * text only the entries on the path are parsed (a 9 MB session with one finding on `participants`
 * parses a few lines, not 9 MB twice).
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { DataPath, Target } from '../diagnostics';

export interface Span {
  start: number;
  end: number;
}

/**
 * Texts up to this size are parsed whole; larger block collections are cut into their entries. None:
 * a record with one finding on `quote` parses that entry, not the record (the 10,000-record bench
 * positions 1,000 missions' warnings in 140 ms cut, 500 ms parsed whole at up to 1 KB). Cut or whole,
 * every span is the same (test/core/locate.test.ts).
 */
export const WHOLE_PARSE_CHARS = 0;

/** A node of the path being walked: a parsed `yaml` node, or a large block collection not parsed. */
type Place = { node: Node | null; base: number } | { region: Region };

/** A plain key made of letters, digits, `_` and `-` (what records use), at the start of its line. */
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t\r]|$)/;
/** Words the YAML core schema reads as something other than a string: such keys are not cut by line. */
const NOT_A_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const SEQ_ITEM = /^-(?:[ \t\r]|$)/;

interface Entry {
  start: number;
  end: number;
  /** Where the entry's own line starts (`start` may be earlier: comments before the first entry). */
  line: number;
  /** The key of a map entry, read from its line. */
  key?: string;
}

/**
 * A block collection whose entries start on lines indented by the same number of spaces, cut into
 * those entries without parsing them (see `cut`).
 */
interface Region {
  start: number;
  end: number;
  kind: 'map' | 'seq';
  entries: Entry[];
}

/** A parsed YAML text that answers "where is this path?" with offsets into that text. */
export class YamlLocator {
  private readonly parsed = new Map<string, Node | null>();
  /** Pieces that are not valid YAML read alone (a quoted string going on at the margin): parse around them. */
  private readonly broken = new Set<string>();
  private readonly root: Place;
  /** How many characters were parsed with positions so far (what large texts save). */
  parsedChars = 0;

  constructor(
    private readonly text: string,
    private readonly wholeParseChars = WHOLE_PARSE_CHARS,
  ) {
    this.root = this.place(0, text.length);
  }

  /** The span of the key or value at `path`; the deepest existing ancestor when it is missing. */
  locate(path: DataPath, target: Target): Span {
    let at: Place = this.root;
    // Where a path missing from its first step is placed: the first key, found only when needed.
    let known: Span | undefined;
    const span = () => known ?? this.firstKeySpan(this.root) ?? { start: 0, end: 0 };
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      const kind = this.kind(at);
      if (kind === 'map') {
        const found = this.pair(at, String(seg));
        if (!found) return span();
        at = found.value;
        if (last && target === 'key') return found.keySpan ?? span();
        // A key without a value (`place:`) is placed on its key.
        known = this.span(at) ?? found.keySpan ?? span();
      } else if (kind === 'seq' && typeof seg === 'number') {
        const item = this.item(at, seg);
        if (!item) return span();
        at = item;
        if (last && target === 'key') return this.firstKeySpan(at) ?? this.span(at) ?? span();
        known = this.span(at) ?? span();
      } else {
        return span();
      }
    }
    return span();
  }

  /** The text from `start` to `end`: cut into entries when large and regular enough, else parsed. */
  private place(start: number, end: number): Place {
    const region = end - start > this.wholeParseChars ? cut(this.text, start, end) : undefined;
    return region ? { region } : this.whole(start, end);
  }

  private whole(start: number, end: number): Place {
    return { node: this.parse(start, end), base: start };
  }

  private parse(start: number, end: number): Node | null {
    const id = `${start}:${end}`;
    if (!this.parsed.has(id)) {
      this.parsedChars += end - start;
      const doc = parseDocument(this.text.slice(start, end), { uniqueKeys: false, strict: false });
      this.parsed.set(id, (doc.contents as Node | null) ?? null);
      if (doc.errors.length) this.broken.add(id);
    }
    return this.parsed.get(id)!;
  }

  private kind(at: Place): 'map' | 'seq' | undefined {
    if ('region' in at) return at.region.kind;
    return isMap(at.node) ? 'map' : isSeq(at.node) ? 'seq' : undefined;
  }

  /** The first entry with this key: its key's span and its value. */
  private pair(at: Place, key: string): { keySpan: Span | undefined; value: Place } | undefined {
    if (!('region' in at)) {
      if (!isMap(at.node)) return undefined;
      const found = at.node.items.find((p) => isPair(p) && keyText(p) === key);
      if (!found) return undefined;
      return {
        keySpan: shift(nodeSpan(found.key as Node), at.base),
        value: { node: (found.value as Node | null) ?? null, base: at.base },
      };
    }
    const entry = at.region.entries.find((e) => e.key === key);
    if (!entry) return undefined;
    const head = this.headOnly(entry);
    if (head) {
      // `key:` alone on its line, a large value below: the key is where the line says, the value is cut again.
      const keyStart = this.text.indexOf(key, entry.line);
      return { keySpan: { start: keyStart, end: keyStart + key.length }, value: this.place(head, entry.end) };
    }
    const node = this.parse(entry.start, entry.end);
    const pair = isMap(node) && node.items.length === 1 ? node.items[0] : undefined;
    // Not one entry read alone (an alias to another entry, a quoted string over several lines…): parse it all.
    if (!pair || !isPair(pair) || keyText(pair) !== key || this.isBroken(entry))
      return this.pair(this.whole(at.region.start, at.region.end), key);
    return {
      keySpan: shift(nodeSpan(pair.key as Node), entry.start),
      value: { node: (pair.value as Node | null) ?? null, base: entry.start },
    };
  }

  /** Where the value of a large map entry whose line holds only `key:` starts (the next line); else undefined. */
  private headOnly(entry: Entry): number | undefined {
    if (entry.end - entry.start <= this.wholeParseChars) return undefined;
    const eol = this.text.indexOf('\n', entry.line);
    if (eol < 0) return undefined;
    const line = this.text.slice(entry.line, eol).replace(/\r$/, '');
    if (!/^ *[A-Za-z_][\w-]*[ \t]*:(?:[ \t]+(?:#.*)?)?$/.test(line)) return undefined;
    // A value made only of blank lines and comments is a null `yaml` places after them: parse the entry.
    return /^[ \t]*[^\s#]/m.test(this.text.slice(eol + 1, entry.end)) ? eol + 1 : undefined;
  }

  private item(at: Place, i: number): Place | undefined {
    if (!('region' in at)) {
      if (!isSeq(at.node) || at.node.items[i] === undefined) return undefined;
      return { node: at.node.items[i] as Node, base: at.base };
    }
    const entry = at.region.entries[i];
    if (!entry) return undefined;
    const node = this.parse(entry.start, entry.end);
    if (!isSeq(node) || node.items.length !== 1 || this.isBroken(entry))
      return this.item(this.whole(at.region.start, at.region.end), i);
    return { node: node.items[0] as Node, base: entry.start };
  }

  /** For a collection: from its first entry to the end of its content, as `yaml` gives it. */
  private span(at: Place): Span | undefined {
    if (!('region' in at)) return shift(nodeSpan(at.node), at.base);
    const { entries } = at.region;
    const first = this.entrySpan(entries[0]);
    const last = this.entrySpan(entries[entries.length - 1]);
    if ([entries[0], entries[entries.length - 1]].some((e) => this.isBroken(e)))
      return this.span(this.whole(at.region.start, at.region.end));
    return first && last ? { start: first.start, end: last.end } : undefined;
  }

  /** Whether an entry read alone (as parsed by `entrySpan`, `pair` or `item`) is not valid YAML. */
  private isBroken(entry: Entry): boolean {
    return this.broken.has(`${entry.start}:${entry.end}`);
  }

  /** An entry's span within its collection (a collection of that one entry). */
  private entrySpan(entry: Entry): Span | undefined {
    const head = entry.key !== undefined ? this.headOnly(entry) : undefined;
    if (head !== undefined) {
      const value = this.span(this.place(head, entry.end));
      const keyStart = this.text.indexOf(entry.key!, entry.line);
      return value && { start: keyStart, end: value.end };
    }
    return shift(nodeSpan(this.parse(entry.start, entry.end)), entry.start);
  }

  /** The key of the first entry of a map (a record's first line), or the node itself. */
  private firstKeySpan(at: Place): Span | undefined {
    if (!('region' in at)) return shift(firstKeySpan(at.node), at.base);
    if (at.region.kind === 'seq') return this.span(at);
    const key = at.region.entries[0].key!;
    return this.pair(at, key)?.keySpan;
  }
}

/**
 * Cuts `text[start, end)` into the entries of one block collection: lines at its indentation that
 * start an entry (`- ` for a list, `key:` for a map); deeper lines, blank lines and comments belong to
 * the entry above. Undefined when the text is not that regular (a flow collection, a tab, a line less
 * indented, a key that is not plain): then it is parsed whole.
 */
function cut(text: string, start: number, end: number): Region | undefined {
  let indent = -1;
  let kind: Region['kind'] | undefined;
  const entries: Entry[] = [];
  for (let at = start; at < end;) {
    let eol = text.indexOf('\n', at);
    if (eol < 0 || eol > end) eol = end;
    let i = at;
    while (i < eol && text[i] === ' ') i++;
    const first = text[i];
    if (i < eol && first !== '\r' && first !== '#') {
      if (first === '\t') return undefined;
      const rest = text.slice(i, Math.min(eol, i + 200));
      if (indent < 0) {
        indent = i - at;
        kind = SEQ_ITEM.test(rest) ? 'seq' : KEY_LINE.test(rest) ? 'map' : undefined;
        if (!kind) return undefined;
      }
      if (i - at < indent) return undefined;
      if (i - at === indent) {
        if (kind === 'seq') {
          if (!SEQ_ITEM.test(rest)) return undefined;
          entries.push({ start: entries.length ? at : start, end, line: at });
        } else if (!SEQ_ITEM.test(rest)) {
          // In a map, `- ` at the map's indentation is a list value of the key above.
          const key = KEY_LINE.exec(rest)?.[1];
          if (key === undefined || NOT_A_STRING.test(key)) return undefined;
          entries.push({ start: entries.length ? at : start, end, line: at, key });
        }
        if (entries.length > 1) entries[entries.length - 2].end = entries[entries.length - 1].start;
      }
    }
    at = eol + 1;
  }
  return kind && entries.length ? { start, end, kind, entries } : undefined;
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key as Node | null;
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function nodeSpan(node: Node | null | undefined): Span | undefined {
  if (!node || !node.range) return undefined;
  // For scalars the value ends at range[1]; for collections range[1] is the end of the content.
  return { start: node.range[0], end: node.range[1] };
}

function shift(span: Span | undefined, base: number): Span | undefined {
  return span && { start: span.start + base, end: span.end + base };
}

/** The key of the first entry of a map (a record's first line), or the node itself. */
function firstKeySpan(node: Node | null | undefined): Span | undefined {
  if (isMap(node)) {
    const first = node.items[0];
    if (first && isPair(first)) return nodeSpan(first.key as Node);
  }
  return nodeSpan(node);
}
