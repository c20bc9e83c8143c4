/** File names made from people's names and ids: ASCII letters, digits and dashes only, whatever they contain. */

/** Letters that do not decompose into a base letter and an accent. */
const LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

export function slug(value: string, fallback: string, max = 60): string {
  const s = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæœßđðłþıħ]/g, (c) => LETTERS[c])
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

/** The names `certificates` gives its files (`attestation-durand-anne.pdf`): what a new run replaces. */
export const CERTIFICATE_FILE = /^attestation-[a-z0-9-]+\.pdf$/;

/** The names the certificats de réalisation take (`certificat-durand-anne.pdf`): what a new run replaces. */
export const REALISATION_FILE = /^certificat-[a-z0-9-]+\.pdf$/;

/** The names `email` gives its drafts (`03-durand-anne.eml`): what a new run replaces. */
export const EMAIL_FILE = /^\d{2,}-[a-z0-9-]+\.eml$/;
