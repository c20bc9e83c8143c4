/**
 * Turns a pdfmake document definition into PDF bytes. The font is Roboto as shipped inside the
 * pdfmake package (Latin with every accent, Vietnamese, Greek, Cyrillic), read from node_modules
 * once and embedded (subset) in every PDF. Documents may not read files or URLs: text is only text.
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { PDF_FONT } from '../core/documents/pdfParts';

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** Resolved at run time from the installed package (the bundle carries pdfmake's code, not its font files). */
const PDFMAKE_PACKAGE = 'pdfmake/package.json';

/** The folder of Roboto's files: copied beside the bundles by the build (the .vsix has no node_modules), else inside the installed pdfmake package. */
export function fontFolder(): string {
  const beside = path.join(__dirname, 'fonts', 'Roboto');
  return existsSync(beside) ? beside : path.join(path.dirname(require.resolve(PDFMAKE_PACKAGE)), 'fonts', 'Roboto');
}

/** pdfmake's in-memory file store: its types leave it out, but fonts given as bytes must go there. */
interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}

let fonts: Promise<TFontDictionary> | undefined;

/** Reads the font files once into pdfmake's in-memory store; the definitions name them there. */
function loadFonts(): Promise<TFontDictionary> {
  fonts ??= (async () => {
    const dir = fontFolder();
    const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
    await Promise.all(
      Object.values(FONT_FILES).map(async (file) => vfs.writeFileSync(file, await fs.readFile(path.join(dir, file)))),
    );
    return { [PDF_FONT]: { ...FONT_FILES } };
  })();
  return fonts;
}

/** The regular font's bytes, to check which characters it can print. */
export async function regularFont(): Promise<Buffer> {
  return fs.readFile(path.join(fontFolder(), FONT_FILES.normal));
}

export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  pdfmake.setFonts(await loadFonts());
  // Nothing in our documents is a file or a URL: refuse both, so no text can ever fetch anything.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return pdfmake.createPdf(doc).getBuffer();
}
