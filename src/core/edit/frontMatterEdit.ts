/**
 * Edits a record's front matter through the `yaml` Document API and returns the change as one
 * narrow text edit. Every line the change does not touch is kept byte for byte (comments,
 * spacing, quoting, key order); a scalar changed in place keeps its quoting and comment.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify, type Document } from 'yaml';
import { splitFrontMatter } from '../parse/frontMatter';
import { diffEdit, type TextEdit } from './textEdit';

export type Mutation = (doc: Document) => void;
type Path = readonly (string | number)[];

/** The front matter of `text` and its YAML document (source ranges kept); undefined when broken. */
export function parse(text: string) {
  const fm = splitFrontMatter(text);
  if (!fm?.closed) return undefined;
  const doc = parseDocument(fm.yaml, { keepSourceTokens: true });
  return doc.errors.length ? undefined : { fm, doc };
}

/** The edit that applies `mutate` to the front matter of `text`; undefined when nothing changes or the YAML is broken. */
export function editFrontMatter(text: string, mutate: Mutation): TextEdit | undefined {
  const parsed = parse(text);
  if (!parsed) return undefined;
  const { fm, doc } = parsed;
  mutate(doc);
  // Keep the file's style of block lists: `- x` under its key, or indented.
  const indentSeq = !/:[ \t]*\r?\n- /.test(fm.yaml);
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq });
  const eol = fm.yaml.includes('\r\n') ? '\r\n' : '\n';
  const merged =
    keepUnchangedLines(fm.yaml.split(/\r?\n/), out.replace(/\r?\n$/, '').split('\n')).join(eol) +
    (fm.yaml.endsWith('\n') ? eol : '');
  const edit = diffEdit(fm.yaml, merged);
  return edit && { start: fm.start + edit.start, end: fm.start + edit.end, newText: edit.newText };
}

/** Sets a value at `path`, creating the field when missing. */
export function setValue(text: string, path: Path, value: unknown): TextEdit | undefined {
  const parsed = parse(text);
  if (!parsed) return undefined;
  const current = parsed.doc.getIn(path, true);
  if (isScalar(current) && current.range && (value === null || typeof value !== 'object')) {
    const [start, end] = current.range;
    return { start: parsed.fm.start + start, end: parsed.fm.start + end, newText: scalarText(value, current.type) };
  }
  return editFrontMatter(text, setAt(path, value));
}

/** Sets a value at `path` in a document. */
export function setAt(path: Path, value: unknown): Mutation {
  return (doc) => {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    if (parent && !isMap(parent) && !isSeq(parent)) return;
    doc.setIn(path, doc.createNode(value));
  };
}

/** Removes the entry at `path` (a list item or a field). */
export function removeAt(path: Path): Mutation {
  return (doc) => void doc.deleteIn(path);
}

/** A scalar written in the quoting style it had. */
export function scalarText(value: unknown, style: Scalar['type']): string {
  if (typeof value === 'string' && style === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (typeof value === 'string' && style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Lines of `after` that match a line of `before` (ignoring white space) are replaced by the
 * original line, so a round trip through the YAML library changes only what was edited.
 */
export function keepUnchangedLines(before: string[], after: string[]): string[] {
  let head = 0;
  while (head < before.length && head < after.length && same(before[head], after[head])) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    same(before[before.length - 1 - tail], after[after.length - 1 - tail])
  )
    tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  // Longest common subsequence on the (small) changed middle.
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      dp[i][j] = same(a[i], b[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const middle: string[] = [];
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (i < a.length && same(a[i], b[j])) {
      middle.push(a[i++]);
      j++;
    } else if (i < a.length && dp[i + 1][j] >= dp[i][j + 1]) i++;
    else middle.push(b[j++]);
  }
  return [...before.slice(0, head), ...middle, ...before.slice(before.length - tail)];
}
