/** File names made from people's names and ids: ASCII letters, digits and dashes only, whatever they contain. */

export function slug(value: string, fallback: string, max = 60): string {
  const s = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return s || fallback;
}

/** One path segment from a record id (ids are file names: keep them readable, never `..` or a separator). */
export function safeSegment(id: string): string {
  const s = id.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '');
  return s || 'record';
}

/** Names that stay unique in one folder: a second "durand-anne" becomes "durand-anne-2". */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const count = (seen.get(n) ?? 0) + 1;
    seen.set(n, count);
    return count === 1 ? n : `${n}-${count}`;
  });
}
