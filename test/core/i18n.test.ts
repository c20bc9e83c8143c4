/** Every sentence has one home (src/core/i18n), with the same keys in French and English, and one language rule. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { quickFixes } from '../../src/core/language/quickFixes';
import { baseFile, openWorkspace, readFixture } from '../helpers/workspace';

const SRC = path.join(__dirname, '..', '..', 'src');
const I18N = path.join(SRC, 'core', 'i18n');

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

/** The paths of an object's keys, nested objects included ("perPeriod.week"); functions and strings are leaves. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.keys(value)
    .sort()
    .flatMap((k) => keyPaths((value as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k));
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A condition on the language (`fr ?`, `locale === 'fr' ?`) and what follows its `?`. */
const LOCALE_TERNARY = /(?:\bfr\b|\blocale\s*[!=]==?\s*['"](?:fr|en)['"])\s*\)?\s*\?(?![?.])/g;
const LITERAL = /([`'"])((?:(?!\1)[^\\]|\\.)*)\1/;
/** Language tags (`'fr-FR'`) may depend on the locale anywhere: they are no sentence. */
const TAG = /^[a-z]{2}(-[A-Z]{2})?$/;

describe('i18n', () => {
  it('no sentence is chosen by a locale ternary outside src/core/i18n', () => {
    const offenders: string[] = [];
    for (const file of [...sources(path.join(SRC, 'cli')), ...sources(path.join(SRC, 'core'))]) {
      if (file.startsWith(I18N + path.sep)) continue;
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(LOCALE_TERNARY)) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
        const literal = LITERAL.exec(after);
        if (literal && /\p{L}/u.test(literal[2]) && !TAG.test(literal[2])) {
          const line = text.slice(0, m.index).split('\n').length;
          offenders.push(`${path.relative(SRC, file)}:${line}: ${m[0]} ${literal[0]}`);
        }
      }
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('the check above catches the ternaries it is meant for', () => {
    const caught = (code: string) =>
      [...code.matchAll(LOCALE_TERNARY)].some((m) => {
        const literal = LITERAL.exec(code.slice(m.index + m[0].length));
        return !!literal && /\p{L}/u.test(literal[2]) && !TAG.test(literal[2]);
      });
    assert.ok(caught("lines.push(fr ? 'Aucune fiche modifiée.' : 'No record changed.');"));
    assert.ok(caught("return locale === 'fr'\n    ? `${n} fichier(s)`\n    : `${n} file(s)`;"));
    assert.ok(caught("row(fr ? (r.period === 'week' ? 'Par semaine' : 'Par mois') : `Per ${r.period}`)"));
    assert.ok(!caught("new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB')"));
    assert.ok(!caught('const x = fr ?? other;'));
  });

  it('every table in src/core/i18n has the same keys in French and English', () => {
    const checked: string[] = [];
    for (const file of sources(I18N)) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(file) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        let fr: unknown, en: unknown;
        if (typeof value === 'function' && value.length === 1) {
          // A table by locale: `cliWords(locale)`, `dashboardLabels(locale)`…
          try {
            [fr, en] = [value('fr'), value('en')];
          } catch {
            continue;
          }
        } else if (isObject(value) && keyPaths(value).length && 'fr' in value && 'en' in value) {
          [fr, en] = [(value as Record<string, unknown>).fr, (value as Record<string, unknown>).en];
        } else continue;
        if (!isObject(fr) || !isObject(en)) continue;
        const where = `${path.basename(file)} ${name}`;
        assert.deepStrictEqual(keyPaths(fr), keyPaths(en), where);
        for (const [k, v] of Object.entries(fr)) assert.ok(v !== '' && (en as Record<string, unknown>)[k] !== '', k);
        checked.push(where);
      }
    }
    for (const table of ['cliWords', 'languageWords', 'dashboardLabels', 'documentLabels'])
      assert.ok(
        checked.some((c) => c.endsWith(` ${table}`)),
        `${table} was not checked (${checked.join(', ')})`,
      );
  });

  it("quick fix titles follow the workspace's language, the editor's setting first", async () => {
    const files = readFixture('base');
    const text = baseFile('sessions/session-a.md').replace('kind: workshop', 'kind: worksop');
    files['sessions/session-a.md'] = text;
    const ws = await openWorkspace(files);
    const diagnostic = () => ws.diagnosticsOf('sessions/session-a.md').find((x) => x.code === 'schema.enum')!;
    const title = () => quickFixes(ws, text, diagnostic())[0].title;
    assert.strictEqual(title(), 'Change to "workshop"');
    ws.localeOverride = 'fr';
    // atelier.locale set to French: the diagnostic and its fix both speak French.
    assert.match(diagnostic().message, /« worksop » n'est pas une valeur permise/);
    assert.strictEqual(title(), 'Remplacer par « workshop »');
  });

  it('the CLI and the language features read the language from Workspace.locale, not atelier.yaml alone', () => {
    const offenders = [
      ...sources(path.join(SRC, 'cli')).filter((f) => path.dirname(f) === path.join(SRC, 'cli')),
      ...sources(path.join(SRC, 'core', 'language')),
    ].filter((f) => /\bconfig\.locale\b/.test(fs.readFileSync(f, 'utf8')));
    assert.deepStrictEqual(
      offenders.map((f) => path.relative(SRC, f)),
      [],
    );
  });
});
