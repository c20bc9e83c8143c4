/** Every diagnostic code links to its own explanation, in French and in English, shipped in the package. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { listFiles, PackageManager } from '@vscode/vsce';
import { EXPLANATIONS_FOLDER, explanationPath } from '../../src/core/i18n/explanations';
import { messageCodes, type Locale } from '../../src/core/i18n/messages';

const ROOT = path.join(__dirname, '..', '..');
const LOCALES: Locale[] = ['en', 'fr'];
const SECTIONS: Record<Locale, string[]> = {
  en: ['## What it checks', '## Why', '## How to fix it'],
  fr: ['## Ce qui est vérifié', '## Pourquoi', '## Comment corriger'],
};
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

describe('diagnostic code explanations', () => {
  it('every code has an explanation in each language: what is checked, why, how to fix it', () => {
    const problems: string[] = [];
    for (const code of messageCodes)
      for (const locale of LOCALES) {
        const rel = explanationPath(code, locale);
        if (!fs.existsSync(path.join(ROOT, rel))) {
          problems.push(`${rel} is missing`);
          continue;
        }
        const text = read(rel);
        if (!text.startsWith('# ') || !text.includes(`\`${code}\``)) problems.push(`${rel}: no title or code`);
        for (const [i, heading] of SECTIONS[locale].entries()) {
          const start = text.indexOf(heading);
          const end = i + 1 < SECTIONS[locale].length ? text.indexOf(SECTIONS[locale][i + 1]) : text.length;
          if (start < 0 || text.slice(start + heading.length, end).trim().length < 20)
            problems.push(`${rel}: section "${heading}" missing or empty`);
        }
      }
    assert.deepStrictEqual(problems, []);
  });

  it('the French and English explanations of a code are different texts', () => {
    const same = messageCodes.filter((c) => read(explanationPath(c, 'fr')) === read(explanationPath(c, 'en')));
    assert.deepStrictEqual(same, []);
  });

  it('no explanation is left for a code that no longer exists, and each list of codes links to every code', () => {
    for (const locale of LOCALES) {
      const files = fs.readdirSync(path.join(ROOT, EXPLANATIONS_FOLDER, locale)).map((f) => f.replace(/\.md$/, ''));
      assert.deepStrictEqual(files.filter((f) => f !== 'index').sort(), [...messageCodes].sort());
      const index = read(`${EXPLANATIONS_FOLDER}/${locale}/index.md`);
      for (const code of messageCodes) assert.ok(index.includes(`(${code}.md)`), `${locale}/index.md lacks ${code}`);
    }
  });

  it('a code this version does not know links to the list of codes', () => {
    assert.strictEqual(explanationPath('rule.from-the-future', 'fr'), `${EXPLANATIONS_FOLDER}/fr/index.md`);
  });

  it('the package ships every explanation (.vscodeignore)', async function () {
    this.timeout(30_000); // vsce reads the whole folder
    const shipped = new Set(await listFiles({ cwd: ROOT, packageManager: PackageManager.None }));
    const missing = messageCodes
      .flatMap((code) => LOCALES.map((locale) => explanationPath(code, locale)))
      .filter((rel) => !shipped.has(rel));
    assert.deepStrictEqual(missing, []);
  });
});
