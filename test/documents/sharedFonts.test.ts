/**
 * pdfkit gets src/node/sharedFonts.ts instead of fontkit in the bundles: one parse of a font serves
 * every document and a word is shaped once. It must not change a byte of the PDFs, and the bundles
 * must really use it (else a set of 60 certificates takes three times as long).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { regularFont, renderPdf } from '../../src/node/pdf';
import { create } from '../../src/node/sharedFonts';

const ROOT = path.join(__dirname, '..', '..');

/** The PDF's bytes without what changes with the clock (creation date, and the file ID made from it). */
function timeless(pdf: Uint8Array): string {
  return Buffer.from(pdf)
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:…)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID […]');
}

describe('fonts shared between PDFs', () => {
  it('parses a font file once, and gives each layout its own positions to scale', async () => {
    const bytes = await regularFont();
    const font = create(bytes);
    assert.strictEqual(create(bytes), font, 'the second document gets the font already parsed');
    const first = font.layout('Réalisation');
    const widthBefore = first.advanceWidth;
    for (const p of first.positions) p.xAdvance *= 2; // as pdfkit scales a run to its size
    const second = font.layout('Réalisation');
    assert.strictEqual(second.advanceWidth, widthBefore, 'a word laid out again is not the scaled copy');
    assert.deepStrictEqual(
      second.glyphs.map((g) => g.id),
      first.glyphs.map((g) => g.id),
    );
  });

  it('the bundle of the document commands uses them, and its PDFs are those of plain fontkit byte for byte', async () => {
    const bundle = path.join(ROOT, 'dist', 'documents.js');
    const code = fs.readFileSync(bundle, 'utf8');
    assert.ok(code.includes('// src/node/sharedFonts.ts'), 'dist/documents.js is built with the shared-fonts plugin');
    const copies = new Set(code.match(/node_modules\/fontkit\/dist\/[\w.]+js/g));
    assert.strictEqual(copies.size, 1, `one copy of fontkit in the bundle: ${[...copies].join(', ')}`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const built = require(bundle) as { renderPdf: typeof renderPdf };
    const doc = () => ({
      content: [
        { text: 'Certificat de réalisation', bold: true },
        'Nguyễn-Ørsted Prénom a suivi l’action « Outils numériques éthiques » du 13 au 15 octobre 2026.',
      ],
    });
    const plain = timeless(await renderPdf(doc()));
    for (let i = 0; i < 3; i++) assert.strictEqual(timeless(await built.renderPdf(doc())), plain, `document ${i + 1}`);
  });
});
