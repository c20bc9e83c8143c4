/** The key or scalar value under the cursor, with its exact data path (from the `yaml` parser's ranges). */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { DataPath } from '../diagnostics';
import { splitFrontMatter } from '../parse/frontMatter';

export interface Token {
  kind: 'key' | 'value';
  /** Path of the field (key) or of the value (value; list entries end with their index). */
  path: DataPath;
  value: unknown;
  /** Offsets of the token in the file text. */
  start: number;
  end: number;
}

export function tokenAt(text: string, offset: number): Token | undefined {
  const fm = splitFrontMatter(text);
  if (!fm?.closed || offset < fm.start || offset > fm.end) return undefined;
  const doc = parseDocument(fm.yaml, { strict: false, uniqueKeys: false });
  const rel = offset - fm.start;
  const inside = (n: Node | null | undefined): n is Node => !!n?.range && n.range[0] <= rel && rel <= n.range[1];
  const found = (kind: Token['kind'], path: DataPath, n: Node): Token => ({
    kind,
    path,
    value: isScalar(n) ? n.value : undefined,
    start: fm.start + n.range![0],
    end: fm.start + n.range![1],
  });
  let node = doc.contents as Node | null;
  const path: (string | number)[] = [];
  while (node) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (inside(p.key as Node) || inside(p.value as Node)));
      if (!pair) return undefined;
      const key = pair.key as Node;
      path.push(isScalar(key) ? String(key.value) : '?');
      if (inside(key)) return found('key', path, key);
      node = pair.value as Node;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((n) => inside(n as Node));
      if (i < 0) return undefined;
      path.push(i);
      node = node.items[i] as Node;
    } else if (isScalar(node)) {
      return found('value', path, node);
    } else {
      return undefined;
    }
  }
  return undefined;
}
