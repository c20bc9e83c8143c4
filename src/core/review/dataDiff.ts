/** Where two versions of front-matter data differ, leaf by leaf (lists compared item by item). */
import type { DataPath, Target } from '../diagnostics';
import { isObject } from '../records';

export interface DataChange {
  path: (string | number)[];
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

export function diffData(before: unknown, after: unknown, path: (string | number)[] = []): DataChange[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [{ path, kind: 'added', after }];
  if (after === undefined) return [{ path, kind: 'removed', before }];
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((k) => diffData(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const out: DataChange[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++)
      out.push(...diffData(before[i], after[i], [...path, i]));
    return out;
  }
  return sameValue(before, after) ? [] : [{ path, kind: 'changed', before, after }];
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * Where to point for a change in the current file: the new value (its first key for a list item
 * or a group, so the finding is one line), or for a removal the key that held it.
 */
export function changeTarget(c: DataChange): { path: DataPath; target: Target } {
  if (c.kind === 'removed') {
    // An item removed from a list: the list's key; a field removed: its group's key (or the first line).
    return { path: c.path.slice(0, -1), target: 'key' };
  }
  const collection = typeof c.after === 'object' && c.after !== null;
  return { path: c.path, target: collection ? 'key' : 'value' };
}

/** A short, one-line rendering of a value for messages. */
export function shortValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isObject(value) && typeof value.label === 'string') return shortValue(value.label);
  return shortValue(JSON.stringify(value));
}
