/**
 * fontkit as pdfkit sees it in the bundles: the build resolves every `fontkit` import to this module
 * (scripts/build.mjs, plugin `shared-fonts`). pdfkit 0.19 parses the font file again for every
 * document and shapes every word again: a set of 60 certificates spent two thirds of its time
 * decoding Roboto's tables and laying out the same words. Here one parse of a font file serves
 * every document, each word's layout is remembered, and so is the embedded subset of a set of
 * glyphs already written (certificates print the same headings). A parsed font is read-only; pdfkit
 * scales the positions of a layout in place, so every call gets its own copy of them.
 */
// A font file (not a collection) parses to one Font; given a name, a collection gives that Font.
import { create as parse, type Font } from 'fontkit';

type Run = ReturnType<Font['layout']>;
type Subset = ReturnType<Font['createSubset']>;

/** Words and subsets remembered per font; past these the memory is emptied (an editor session renders for days). */
const MAX_WORDS = 50_000;
const MAX_SUBSETS = 200;

const parsed = new WeakMap<Uint8Array, Font>();

/** fontkit's `create`, with one parse per font file's bytes. */
export function create(bytes: Uint8Array, postscriptName?: string): Font {
  if (postscriptName) return parse(bytes as Buffer, postscriptName) as Font;
  let font = parsed.get(bytes);
  if (!font) parsed.set(bytes, (font = rememberingLayouts(parse(bytes as Buffer) as Font)));
  return font;
}

/** A copy of a run whose positions the caller may change. */
function copyOf(run: Run): Run {
  const positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object), p));
  return Object.assign(Object.create(Object.getPrototypeOf(run) as object), run, { positions }) as Run;
}

/**
 * The font, its `layout(text)` (no features given) computed once per text and its subsets encoded
 * once per set of glyphs: own methods of this one parsed font, so fontkit's code runs unchanged.
 */
function rememberingLayouts(font: Font): Font {
  const layoutOnce = font.layout.bind(font) as (text: string, ...options: unknown[]) => Run;
  const runs = new Map<string, Run>();
  font.layout = (text: string, ...options: unknown[]): Run => {
    if (options.some((o) => o !== undefined)) return layoutOnce(text, ...options);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_WORDS) runs.clear();
      runs.set(text, (run = layoutOnce(text)));
    }
    return copyOf(run);
  };
  const createSubset = font.createSubset.bind(font);
  const subsets = new Map<string, Uint8Array>();
  font.createSubset = (): Subset => {
    const subset = createSubset();
    const encode = subset.encode.bind(subset);
    // Encoding adds the parts of composite glyphs: the glyphs asked for, before, are the key.
    subset.encode = () => {
      const key = (subset as unknown as { glyphs: number[] }).glyphs.join(',');
      let bytes = subsets.get(key);
      if (!bytes) {
        if (subsets.size >= MAX_SUBSETS) subsets.clear();
        subsets.set(key, (bytes = encode()));
      }
      return bytes;
    };
    return subset;
  };
  return font;
}
