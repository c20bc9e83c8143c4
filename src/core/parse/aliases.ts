/**
 * YAML aliases (`*name`) repeat an anchored value (`&name`) without copying it: nested, a few hundred
 * bytes expand to billions of values ("billion laughs"), and an alias inside its own anchor makes a
 * cycle. js-yaml shares the repeated objects, so loading is cheap, but whoever walks or serialises the
 * data (the schema, the rules, the cache, the documents) would pay the expanded size. Beyond a bound,
 * the file is refused with a diagnostic at the alias that crosses it.
 */
import { isAlias, isCollection, isPair, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';

/** How many values and characters aliases may add to what the text itself holds. */
export const MAX_ALIAS_EXPANSION = 100_000;

/**
 * The size of a value once every alias is expanded: one per value, key and character of text. Shared
 * objects are measured once (linear in the text); a cycle is infinite.
 */
export function expandedSize(value: unknown): number {
  const sizes = new Map<object, number>();
  const measure = (v: unknown): number => {
    if (typeof v === 'string') return 1 + v.length;
    if (typeof v !== 'object' || v === null) return 1;
    const known = sizes.get(v);
    if (known !== undefined) return known;
    sizes.set(v, Infinity); // still being measured: met again below it, it is a cycle
    let size = 1;
    if (Array.isArray(v)) for (const item of v) size += measure(item);
    else for (const [k, item] of Object.entries(v)) size += 1 + k.length + measure(item);
    sizes.set(v, size);
    return size;
  };
  return measure(value);
}

/** True when the aliases of `source` expand `value` past the bound. */
export function aliasesExpandTooMuch(source: string, value: unknown): boolean {
  // Without a `*`, nothing is repeated: the common case costs one scan of the text.
  if (!source.includes('*') || typeof value !== 'object' || value === null) return false;
  return expandedSize(value) > 2 * source.length + MAX_ALIAS_EXPANSION;
}

/**
 * Where to report it: the first alias at which the values the aliases repeat, counted in the order
 * they appear, pass the bound (or one inside its own anchor); the first alias when none does.
 */
export function aliasOverflowOffset(source: string): number {
  const doc = parseDocument(source, { uniqueKeys: false, strict: false });
  const sizes = new Map<Node, number>();
  const measure = (node: unknown): number => {
    if (isAlias(node)) {
      const target = node.resolve(doc as Document);
      return target ? measure(target) : 1;
    }
    if (isScalar(node)) return 1 + String(node.value ?? '').length;
    if (!isCollection(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, Infinity);
    let size = 1;
    for (const item of node.items) size += isPair(item) ? measure(item.key) + measure(item.value) : measure(item);
    sizes.set(node, size);
    return size;
  };
  let first: number | undefined;
  let found: number | undefined;
  let total = 0;
  visit(doc, {
    Alias(_, alias) {
      const at = alias.range?.[0] ?? 0;
      first ??= at;
      const target = alias.resolve(doc as Document);
      total += target ? measure(target) : 1;
      if (total > MAX_ALIAS_EXPANSION) {
        found = at;
        return visit.BREAK;
      }
    },
  });
  return found ?? first ?? Math.max(0, source.indexOf('*'));
}
