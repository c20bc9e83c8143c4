/** Splits a Markdown file into its YAML front matter and body, keeping offsets into the file. */

export interface FrontMatter {
  /** Offset of the first character of the YAML text (after the opening `---` line). */
  start: number;
  /** Offset just past the YAML text (start of the closing `---` line). */
  end: number;
  /** The YAML text itself: `text.slice(start, end)`. */
  yaml: string;
  /** False when the opening `---` has no closing line. */
  closed: boolean;
  /** Offset where the Markdown body starts. */
  bodyStart: number;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/** Returns the front matter block, or undefined when the file does not start with `---`. */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const open = OPENING.exec(text);
  if (!open) return undefined;
  const start = open[0].length;
  CLOSING.lastIndex = start;
  // An empty front matter closes right after the opening line.
  const close = CLOSING.exec(text);
  if (!close) return { start, end: text.length, yaml: text.slice(start), closed: false, bodyStart: text.length };
  return {
    start,
    end: close.index,
    yaml: text.slice(start, close.index),
    closed: true,
    bodyStart: close.index + close[0].length,
  };
}
