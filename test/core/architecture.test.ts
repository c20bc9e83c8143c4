/** The layers of src/ (rules in test/helpers/layers.ts) and the diagnostic catalogue. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isDiagnosticCode, messageCodes, message } from '../../src/core/i18n/messages';
import { layerViolations } from '../helpers/layers';

const CORE = path.join(__dirname, '..', '..', 'src', 'core');
const EXTENSION = path.join(__dirname, '..', '..', 'src', 'extension');

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

describe('architecture', () => {
  it('src/ keeps its layers: core ← node ← cli; core front door ← extension; webviews take only types', () => {
    assert.deepStrictEqual(layerViolations(path.join(__dirname, '..', '..', 'src')), []);
  });

  it('the layer rules find every wrong import of a tree that breaks them on purpose', () => {
    const found = layerViolations(path.join(__dirname, '..', 'fixtures', 'architecture', 'src'));
    assert.deepStrictEqual(found.sort(), [
      'core/readsDisk.ts → node:fs: the core runs in Node and browsers: no vscode, no Node built-ins',
      'core/readsDisk.ts → vscode: the core runs in Node and browsers: no vscode, no Node built-ins',
      'core/usesCli.ts → ../cli/cli: nothing imports the CLI but its own entry (bin/atelier.js)',
      'extension/deepImport.ts → ../cli/cli: nothing imports the CLI but its own entry (bin/atelier.js)',
      'extension/deepImport.ts → ../core/deep/value: the extension imports the core only through src/core/index.ts',
      'node/index.ts → ../webview/page: the Node adapter does not run webview code',
      'webview/page.ts → ../core/deep/value: webviews import only types from the core, or a core module that imports nothing at run time',
    ]);
  });

  it('src/extension never imports src/cli, and loads the document service only at its first document', () => {
    const offenders = sources(EXTENSION).flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      const cli = /from ['"](?:\.\.\/)+cli\//.test(text) ? ['imports src/cli'] : [];
      // A value import would bundle the PDF and mail libraries into dist/extension.js (activation).
      // The browser's side is the exception: a web extension is one file, nothing to load later. Only
      // browser.ts and the browser's own modules import them, which the next lines check.
      const browserSide = /[\\/](browser|webDocuments|browserPdf|webEml)\.ts$|[\\/]documents[\\/]web[\\/]/.test(f);
      const web = /from ['"]\.{1,2}\/(?:documents\/|\.\.\/)?(?:webDocuments|browserPdf|webEml|web\/\w+)['"]/.test(text);
      const webOutsideBrowser = web && !browserSide ? ['imports the browser document service'] : [];
      const documents =
        !browserSide &&
        /^import (?!type )[^;]*from ['"](?:\.\.\/)+node\/(?:documents|documentsApi|pdf|eml)\b/m.test(text)
          ? ['imports the document service as a value']
          : [];
      return [...cli, ...documents, ...webOutsideBrowser].map((why) => `${path.relative(EXTENSION, f)} ${why}`);
    });
    assert.deepStrictEqual(offenders, []);
  });

  it('every diagnostic code has a French and an English message', () => {
    for (const code of messageCodes) {
      const fr = message('fr', code, {});
      const en = message('en', code, {});
      assert.ok(fr && en && fr !== en, code);
      assert.ok(!fr.startsWith(code), `no French message for ${code}`);
    }
  });

  // `code` is a DiagnosticCode, so tsc already refuses an unknown one; this also catches a code
  // written where the type does not reach (a cast, a string built at run time).
  it('every code the rules emit has a message', () => {
    const emitted = new Set<string>();
    for (const f of sources(CORE))
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/code: '([\w.-]+)'/g)) emitted.add(m[1]);
    for (const f of sources(CORE))
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/fail\('([\w.-]+)'/g)) emitted.add(m[1]);
    const missing = [...emitted].filter((c) => !isDiagnosticCode(c));
    assert.deepStrictEqual(missing, []);
  });
});
