/** Initialize workspace copies email templates in the language chosen for the records. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { INITIAL_TEMPLATES, initialConfig } from '../../src/core/commands/newRecords';
import type { Locale } from '../../src/core/i18n/messages';
import { openWorkspace, type FileMap } from '../helpers/workspace';

const ROOT = path.join(__dirname, '..', '..');
const templatesOf = (locale: Locale): FileMap =>
  Object.fromEntries(
    fs
      .readdirSync(path.join(ROOT, INITIAL_TEMPLATES[locale]))
      .filter((f) => f.endsWith('.md'))
      .map((f) => [`templates/${f}`, fs.readFileSync(path.join(ROOT, INITIAL_TEMPLATES[locale], f), 'utf8')]),
  );
const placeholders = (files: FileMap) =>
  new Set(
    Object.values(files).flatMap((t) => [...String(t).matchAll(/\{\{\s*[#^/]?\s*([\w.]+)\s*\}\}/g)].map((m) => m[1])),
  );

describe('the templates Initialize workspace writes', () => {
  for (const locale of ['fr', 'en'] as const)
    it(`${locale}: every template is valid in a new workspace of that language`, async () => {
      const templates = templatesOf(locale);
      assert.strictEqual(Object.keys(templates).length, 10);
      const ws = await openWorkspace({ 'atelier.yaml': initialConfig('Coop', locale), ...templates });
      assert.strictEqual(ws.records().length, 10);
      // A new workspace has no legal identity yet: one warning on atelier.yaml says so, none on a template.
      assert.deepStrictEqual(
        ws.diagnostics().map((d) => `${d.file}: ${d.code}`),
        ['atelier.yaml: config.legal-missing'],
      );
    });

  it('are written in the language chosen, with the same placeholders in both', () => {
    const fr = templatesOf('fr');
    const en = templatesOf('en');
    assert.deepStrictEqual([...placeholders(en)].sort(), [...placeholders(fr)].sort());
    for (const [file, text] of Object.entries(en)) assert.doesNotMatch(String(text), /Bonjour|Merci|L'équipe/, file);
    for (const [file, text] of Object.entries(fr)) assert.match(String(text), /Bonjour/, file);
  });
});
