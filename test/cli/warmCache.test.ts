/**
 * The warm CLI trusts a file whose size and mtime are those the cache recorded, without reading it
 * (src/node/cache.ts): these tests craft mtimes with fs.utimesSync to pin what is trusted and what
 * is not, and check that answers stay those of a run without cache, byte for byte.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CACHE_MAGIC, cacheFile, signCacheLine } from '../../src/node/cache';
import { memoFile } from '../../src/node/validationMemo';
import { age, CLIENT, codes, editSameSize, seconds } from './mtimes';
import { atelier, CACHE_DIR, copyToTemp, SAMPLE, type Run } from './run';

const TODAY = '2026-11-23';

/** A run with the analysis cache alone: the report of the last run (src/node/validationMemo.ts) is forgotten first. */
function validate(dir: string, ...more: string[]): Promise<Run> {
  fs.rmSync(memoFile(dir, CACHE_DIR), { force: true });
  return atelier(['validate', '--workspace', dir, '--format', 'json', '--today', TODAY, ...more]);
}

interface Cache {
  key: string;
  statsSince: number;
  entries: Map<string, unknown>;
}

/** The text after the `n`th space of a line. */
const after = (line: string, n: number): string => line.split(' ').slice(n).join(' ');

/** A cache file as src/node/cache.ts writes it: a signed header line, then one signed line per entry. */
function readCache(file: string): Cache {
  const [head, ...lines] = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  const { key, statsSince } = JSON.parse(after(head, 2));
  return { key, statsSince, entries: new Map(lines.map((l) => JSON.parse(after(l, 1)))) };
}

/**
 * Writes a cache back, signed as this build signs it (`damage` changes an entry after it is signed,
 * `signKey` signs entries under another key, `signHead` false keeps the header's old signature).
 */
function writeCache(
  cache: Cache,
  damage = (_path: string, json: string) => json,
  signKey = cache.key,
  signHead = true,
): string {
  const head = JSON.stringify({ key: cache.key, statsSince: cache.statsSince });
  const headSig = signHead ? signCacheLine(head) : signCacheLine(JSON.stringify({ key: cache.key, statsSince: 0 }));
  const lines = [`${CACHE_MAGIC} ${headSig} ${head}`];
  for (const pair of cache.entries) {
    const json = JSON.stringify(pair);
    lines.push(`${signCacheLine(json, signKey)} ${damage(pair[0], json)}`);
  }
  return lines.join('\n') + '\n';
}

describe('atelier validate, warm: files trusted by size and mtime', () => {
  it('does not read a file whose size and old mtime are unchanged (the trust is real)', async () => {
    const dir = copyToTemp(SAMPLE);
    const at = age(dir);
    const first = await validate(dir);
    assert.strictEqual(first.status, 0, first.stdout + first.stderr);
    editSameSize(dir);
    fs.utimesSync(path.join(dir, CLIENT), at, at);
    // Same size, same old mtime: the cache vouches for the file, as git's index would.
    assert.strictEqual((await validate(dir)).stdout, first.stdout);
    // Without the cache the edit is seen.
    assert.deepStrictEqual(codes(await validate(dir, '--no-cache')), ['schema.enum']);
  });

  it('reads a file edited with the same size and its recorded mtime when that mtime is recent (racy)', async () => {
    const dir = copyToTemp(SAMPLE);
    // Modified "now" as far as the next run's cache can tell: within 2 s of when its stats are taken.
    const at = age(dir, seconds(Date.now()) + 1);
    const first = await validate(dir);
    assert.strictEqual(first.status, 0, first.stdout + first.stderr);
    editSameSize(dir);
    fs.utimesSync(path.join(dir, CLIENT), at, at);
    const second = await validate(dir);
    assert.deepStrictEqual(codes(second), ['schema.enum']);
    assert.strictEqual(second.stdout, (await validate(dir, '--no-cache')).stdout);
  });

  it('sees an edit that changes the size, or only the mtime', async () => {
    const dir = copyToTemp(SAMPLE);
    const at = age(dir);
    const first = await validate(dir);
    assert.strictEqual(first.status, 0, first.stdout + first.stderr);
    const file = path.join(dir, CLIENT);
    const original = fs.readFileSync(file, 'utf8');
    // Same size, another (still old) mtime.
    editSameSize(dir);
    fs.utimesSync(file, at + 10, at + 10);
    assert.deepStrictEqual(codes(await validate(dir)), ['schema.enum']);
    // Back to the original, then another size with the original mtime.
    fs.writeFileSync(file, original);
    fs.utimesSync(file, at, at);
    assert.strictEqual((await validate(dir)).stdout, first.stdout);
    fs.writeFileSync(file, original.replace(/^channel: marketplace$/m, 'channel: bouche-a-oreille'));
    fs.utimesSync(file, at, at);
    const third = await validate(dir);
    assert.deepStrictEqual(codes(third), ['schema.enum']);
    assert.strictEqual(third.stdout, (await validate(dir, '--no-cache')).stdout);
  });

  it('treats a damaged or foreign cache as a miss: the answer is that of --no-cache', async () => {
    const dir = copyToTemp(SAMPLE);
    const at = age(dir);
    const file = cacheFile(dir, CACHE_DIR);
    await validate(dir);
    const good = readCache(file);
    // The client edited with its size and mtime unchanged: only a damaged entry of it may be trusted.
    editSameSize(dir);
    fs.utimesSync(path.join(dir, CLIENT), at, at);
    const expected = (await validate(dir, '--no-cache')).stdout;
    assert.deepStrictEqual(codes({ stdout: expected } as Run), ['schema.enum']);
    const client = CLIENT.split(path.sep).join('/');
    const entry = good.entries.get(client) as Record<string, unknown> & { analysis: Record<string, unknown> };
    const diagnostic = { line: 1, column: 1, endLine: 1, endColumn: 2, code: 'schema.enum', severity: 'error' };
    // Entries of the wrong shape, signed as this build signs them: the shape is checked too.
    const shapes: unknown[] = [
      null,
      'a string',
      42,
      [],
      { ...entry, mtimeMs: undefined },
      { ...entry, size: '187' },
      { ...entry, size: -1 },
      { ...entry, hash: undefined },
      { ...entry, analysis: null },
      { ...entry, analysis: { ...entry.analysis, path: 'elsewhere.md' } },
      { ...entry, analysis: { ...entry.analysis, diagnostics: 'none' } },
      { ...entry, analysis: { ...entry.analysis, diagnostics: [null] } },
      { ...entry, analysis: { ...entry.analysis, diagnostics: [{ ...diagnostic, code: 'no.such-code' }] } },
      { ...entry, analysis: { ...entry.analysis, diagnostics: [{ ...diagnostic, line: 0 }] } },
      { ...entry, analysis: { ...entry.analysis, refs: [{ id: 7 }] } },
      { ...entry, analysis: { ...entry.analysis, facts: 'facts' } },
      { ...entry, analysis: { ...entry.analysis, participantCount: -3 } },
    ];
    const texts: string[] = shapes.map((e) =>
      writeCache({ ...good, entries: new Map([...good.entries, [client, e]]) }),
    );
    // Damage that keeps valid JSON under the old signature: a changed value, another key, another time.
    texts.push(
      writeCache(good, (p, json) => (p === client ? json.replace('"isRecord":true', '"isRecord":false') : json)),
      writeCache(good, undefined, 'another build|2026-11-23|{}'),
      writeCache({ ...good, statsSince: good.statsSince + 86_400_000 }, undefined, undefined, false),
    );
    // Files that are not ours: the format of an older build, JSON of other shapes, a truncation.
    texts.push(
      ...[null, [], 'a string', { key: good.key, statsSince: good.statsSince, entries: null }].map((c) =>
        JSON.stringify(c),
      ),
      fs.readFileSync(file, 'utf8').slice(0, 100),
      '',
    );
    // The control: the same cache written back by writeCache is trusted (the edit stays unseen), so
    // each case below is a miss for its damage, not for the way it was written.
    fs.writeFileSync(file, writeCache(good));
    assert.deepStrictEqual(codes(await validate(dir)), []);
    for (const text of texts) {
      fs.writeFileSync(file, text);
      assert.strictEqual((await validate(dir)).stdout, expected, `case ${texts.indexOf(text)}`);
    }
  });

  it('keeps the cache small: nested aliases are not expanded, an analysis far larger than its file is not kept', async () => {
    const dir = copyToTemp(SAMPLE);
    const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 7; i++)
      levels.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const head =
      '---\ntype: session\ntitle: T\nkind: workshop\nstatus: planned\nslots: [{ date: 2026-12-01, start: "09:00", end: "12:00" }]\n';
    fs.writeFileSync(path.join(dir, 'sessions', 'laughs.md'), `${head}${levels.join('\n')}\n---\n`);
    // 7 bytes a participant, three diagnostics each (about 150 times its size in the cache).
    fs.writeFileSync(
      path.join(dir, 'sessions', 'empty-rows.md'),
      `${head}participants:\n${'  - {}\n'.repeat(3000)}---\n`,
    );
    const cold = await validate(dir, '--no-cache');
    assert.ok(codes(cold).includes('yaml.alias-expansion'), cold.stdout.slice(0, 500));
    assert.strictEqual((await validate(dir)).stdout, cold.stdout);
    const size = fs.statSync(cacheFile(dir, CACHE_DIR)).size;
    assert.ok(size < 300_000, `cache file of ${size} bytes`);
    assert.strictEqual((await validate(dir)).stdout, cold.stdout);
  });

  it('keeps the cross-record diagnostics of a folder whose every file is unchanged, and only then uses them', async () => {
    const dir = copyToTemp(SAMPLE);
    const at = age(dir);
    // A person the sessions name is gone: `ref.missing` in sessions that do not change.
    fs.rmSync(path.join(dir, 'people', 'ines-haddad.md'));
    const first = await validate(dir);
    const session = 'sessions/2026-02-10-accueil-terre-vivante.md';
    const lineOf = (run: Run) =>
      JSON.parse(run.stdout).diagnostics.find(
        (d: { file: string; code: string }) => d.file === session && d.code === 'ref.missing',
      )?.line;
    assert.strictEqual(lineOf(first), 17, first.stdout);
    const file = cacheFile(dir, CACHE_DIR);
    const cache = readCache(file);
    const entry = cache.entries.get(session) as { cross?: { code: string; line: number }[] };
    assert.deepStrictEqual(
      entry.cross?.map((d) => [d.code, d.line]),
      [['ref.missing', 17]],
    );
    // Planted on another line and signed: an unchanged folder takes it from the cache, rules not run.
    const planted = { ...entry, cross: entry.cross!.map((d) => ({ ...d, line: 3, endLine: 3 })) };
    fs.writeFileSync(file, writeCache({ ...cache, entries: new Map([...cache.entries, [session, planted]]) }));
    assert.strictEqual(lineOf(await validate(dir)), 3);
    // Any file analysed again (here a new one) and the rules run again.
    fs.writeFileSync(file, writeCache({ ...cache, entries: new Map([...cache.entries, [session, planted]]) }));
    fs.copyFileSync(path.join(dir, CLIENT), path.join(dir, 'clients', 'nouveau.md'));
    fs.utimesSync(path.join(dir, 'clients', 'nouveau.md'), at, at);
    const again = await validate(dir);
    assert.strictEqual(lineOf(again), 17);
    assert.strictEqual(again.stdout, (await validate(dir, '--no-cache')).stdout);
  });

  it('positions cross-record diagnostics exactly in files it did not read', async () => {
    const dir = copyToTemp(SAMPLE);
    age(dir);
    const first = await validate(dir);
    assert.strictEqual(first.status, 0, first.stdout + first.stderr);
    // Another file changes: a person the sessions name as facilitator disappears (dangling
    // references in unchanged sessions), and a new client takes a person's id (duplicate id).
    fs.rmSync(path.join(dir, 'people', 'ines-haddad.md'));
    fs.copyFileSync(path.join(dir, CLIENT), path.join(dir, 'clients', 'ana-ribeiro.md'));
    const warm = await validate(dir);
    const cold = await validate(dir, '--no-cache');
    assert.strictEqual(warm.stdout, cold.stdout);
    const diagnostics: { file: string; line: number; code: string }[] = JSON.parse(warm.stdout).diagnostics;
    const missing = diagnostics.find(
      (d) => d.code === 'ref.missing' && d.file.endsWith('sessions/2026-02-10-accueil-terre-vivante.md'),
    );
    assert.strictEqual(missing?.line, 17, JSON.stringify(diagnostics));
    assert.ok(
      diagnostics.some((d) => d.code === 'id.duplicate' && d.file.endsWith('people/ana-ribeiro.md')),
      JSON.stringify(diagnostics),
    );
  });
});
