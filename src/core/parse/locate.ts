/**
 * Finds where a data path sits in YAML source. Parsing with positions is several times slower
 * than parsing values, so it runs only for files that have something to report.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { DataPath, Target } from '../diagnostics';

export interface Span {
  start: number;
  end: number;
}

/** A parsed YAML text that answers "where is this path?" with offsets into that text. */
export class YamlLocator {
  private readonly root: Node | null;

  constructor(yamlText: string) {
    const doc = parseDocument(yamlText, { uniqueKeys: false, strict: false });
    this.root = (doc.contents as Node | null) ?? null;
  }

  /** The span of the key or value at `path`; the deepest existing ancestor when it is missing. */
  locate(path: DataPath, target: Target): Span {
    let node: Node | null = this.root;
    let span: Span = firstKeySpan(node) ?? { start: 0, end: 0 };
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const found = node.items.find((p) => isPair(p) && keyText(p) === String(seg));
        if (!found) return span;
        const keySpan = nodeSpan(found.key as Node);
        node = (found.value as Node | null) ?? null;
        if (last && target === 'key') return keySpan ?? span;
        // A key without a value (`place:`) is placed on its key.
        span = (node && nodeSpan(node)) ?? keySpan ?? span;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
        node = node.items[seg] as Node;
        if (last && target === 'key') return firstKeySpan(node) ?? nodeSpan(node) ?? span;
        span = nodeSpan(node) ?? span;
      } else {
        return span;
      }
    }
    return span;
  }
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

/** The key of the first entry of a map (a record's first line), or the node itself. */
function firstKeySpan(node: Node | null | undefined): Span | undefined {
  if (isMap(node)) {
    const first = node.items[0];
    if (first && isPair(first)) return nodeSpan(first.key as Node);
  }
  return nodeSpan(node);
}
