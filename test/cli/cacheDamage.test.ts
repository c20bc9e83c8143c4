/**
 * Random damage to the analysis cache (src/node/cache.ts) and to the report remembered from the last
 * run (src/node/validationMemo.ts), with a fixed seed: flipped bytes, truncations, cut or repeated
 * spans, changed values. Whatever the damage, `atelier validate` answers exactly as with `--no-cache`:
 * same output, same exit status, never a crash.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { cacheFile } from '../../src/node/cache';
import { memoFile } from '../../src/node/validationMemo';
import { FIXTURES } from '../helpers/workspace';
import { atelier, CACHE_DIR, copyToTemp, type Run } from './run';

const TODAY = '2026-11-23';

const validate = (dir: string, ...more: string[]): Promise<Run> =>
  atelier(['validate', '--workspace', dir, '--format', 'json', '--today', TODAY, ...more]);

/** The base fixture with errors and warnings in several files, every file modified an hour ago (trusted by mtime). */
function workspace(): string {
  const dir = copyToTemp(path.join(FIXTURES, 'base'));
  const edit = (file: string, from: string | RegExp, to: string) => {
    const p = path.join(dir, file);
    const text = fs.readFileSync(p, 'utf8');
    assert.notStrictEqual(text.replace(from, to), text, `${file}: ${from}`);
    fs.writeFileSync(p, text.replace(from, to));
  };
  edit('sessions/session-a.md', 'kind: workshop', 'kind: atelier');
  edit('sessions/session-b.md', 'facilitators: [coord-a]', 'facilitators: [ghost]\ncolour: blue');
  edit('clients/client-a.md', /^name: .*$/m, 'nom: Sans nom');
  const at = Math.floor(Date.now() / 1000) - 3600;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) fs.utimesSync(path.join(entry.parentPath, entry.name), at, at);
  }
  return dir;
}

/** One damage to a text, drawn at random: positions are fractions of the text's length. */
type Damage = (text: string) => string;
const at = (text: string, f: number) => Math.floor(f * text.length);
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const damage: fc.Arbitrary<Damage> = fc.oneof(
  // One byte flipped: to a character that matters to JSON or to the format, or to any printable one.
  fc
    .tuple(
      fraction,
      fc.oneof(
        fc.constantFrom(...'{}[]":,0 \n-ntfe'),
        fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)),
      ),
    )
    .map(
      ([f, c]): Damage =>
        (t) =>
          t.slice(0, at(t, f)) + c + t.slice(at(t, f) + 1),
    ),
  // Truncated (a full disk, a killed write).
  fraction.map(
    (f): Damage =>
      (t) =>
        t.slice(0, at(t, f)),
  ),
  // A span cut out, or repeated.
  fc.tuple(fraction, fc.integer({ min: 1, max: 200 }), fc.boolean()).map(
    ([f, n, repeat]): Damage =>
      (t) =>
        t.slice(0, at(t, f)) + (repeat ? t.slice(at(t, f), at(t, f) + n) : '') + t.slice(at(t, f) + (repeat ? 0 : n)),
  ),
  // A value changed in place, the text still well formed: a list emptied, a boolean or a number changed.
  fc
    .tuple(
      fc.constantFrom<[RegExp, string]>(
        [/\[[^[\]]*\]/g, '[]'],
        [/\[[^[\]]*\]/g, 'null'],
        [/true/g, 'false'],
        [/false/g, 'true'],
        [/\d+/g, '7'],
        [/"[a-z]+"/g, '"x"'],
      ),
      fc.nat(),
    )
    .map(([[re, by], n]): Damage => (t) => {
      const hits = [...t.matchAll(re)];
      if (!hits.length) return t;
      const m = hits[n % hits.length];
      return t.slice(0, m.index) + by + t.slice(m.index + m[0].length);
    }),
);

describe('atelier validate with a damaged cache (fast-check, fixed seed)', function () {
  // Hundreds of in-process runs on a small workspace: a few seconds on an idle machine.
  this.timeout(120_000);

  it('gives exactly the --no-cache answer and exit status, whatever the damage', async () => {
    const dir = workspace();
    const expected = await validate(dir, '--no-cache');
    assert.strictEqual(expected.status, 1, expected.stderr);
    assert.ok(JSON.parse(expected.stdout).diagnostics.length >= 4, expected.stdout);
    const file = cacheFile(dir, CACHE_DIR);
    assert.deepStrictEqual(await validate(dir), expected);
    const pristine = fs.readFileSync(file, 'utf8');
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (damages) => {
        const text = damages.reduce((t, d) => d(t), pristine);
        fs.writeFileSync(file, text);
        // The report of the last run would answer first (src/node/validationMemo.ts): this tests the cache below it.
        fs.rmSync(memoFile(dir, CACHE_DIR), { force: true });
        const got = await validate(dir);
        assert.deepStrictEqual(got, expected);
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('the same for the report remembered from the last run (src/node/validationMemo.ts)', async () => {
    const dir = workspace();
    const expected = await validate(dir, '--no-cache');
    const memo = memoFile(dir, CACHE_DIR);
    assert.deepStrictEqual(await validate(dir), expected);
    const pristine = fs.readFileSync(memo, 'utf8');
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (damages) => {
        fs.writeFileSync(
          memo,
          damages.reduce((t, d) => d(t), pristine),
        );
        assert.deepStrictEqual(await validate(dir), expected);
      }),
      { seed: 20261203, numRuns: 200 },
    );
  });
});
