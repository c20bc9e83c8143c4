/**
 * Which characters of a document the embedded font cannot draw (they would print as empty
 * boxes): the CLI warns instead of printing a wrong name silently.
 */
import { create, type Font } from 'fontkit';
import { regularFont } from './pdf';

let font: Promise<Font> | undefined;

function loadFont(): Promise<Font> {
  font ??= regularFont().then((bytes) => create(bytes) as Font);
  return font;
}

/** Every string inside a document definition (style names and such are ASCII, which the font has). */
function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
}

/** The distinct characters the font lacks, in order of appearance. */
export async function missingGlyphs(...values: unknown[]): Promise<string[]> {
  const texts: string[] = [];
  values.forEach((v) => strings(v, texts));
  const f = await loadFont();
  const missing = new Set<string>();
  for (const t of texts) {
    for (const ch of t) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp >= 0x80 && !/\p{Cc}|\p{Cf}|\p{Zs}/u.test(ch) && !f.hasGlyphForCodePoint(cp)) missing.add(ch);
    }
  }
  return [...missing];
}
