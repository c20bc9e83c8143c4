/**
 * `atelier validate` on a folder unchanged since its last run prints that run's report without reading
 * a record (src/node/validationMemo.ts). These tests pin what counts as unchanged: every change that can
 * change the report makes the next run answer exactly as `--no-cache` does, byte for byte.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cacheFile } from '../../src/node/cache';
import { memoFile } from '../../src/node/validationMemo';
import { age, CLIENT, codes, editSameSize, seconds } from './mtimes';
import { atelier, CACHE_DIR, copyToTemp, SAMPLE, type Run } from './run';

const TODAY = '2026-11-23';

const validate = (dir: string, ...more: string[]): Promise<Run> =>
  atelier(['validate', '--workspace', dir, '--format', 'json', '--today', TODAY, ...more]);

/** The client edited to an invalid channel of the same length, its mtime set back to `at`. */
function editSameSizeAt(dir: string, at: number): void {
  editSameSize(dir);
  fs.utimesSync(path.join(dir, CLIENT), at, at);
}

/** The next run answers as `--no-cache` does, and its answer is not the first run's. */
async function seesTheChange(dir: string, first: Run, why: string, ...more: string[]): Promise<Run> {
  const warm = await validate(dir, ...more);
  const cold = await validate(dir, '--no-cache', ...more);
  assert.deepStrictEqual(warm, cold, why);
  assert.notStrictEqual(warm.stdout, first.stdout, `${why}: the change shows in the report`);
  return warm;
}

describe('atelier validate on an unchanged folder: the last report, remembered', () => {
  it('answers from the report of the last run, reading neither the records nor the analysis cache', async () => {
    const dir = copyToTemp(SAMPLE);
    const at = age(dir);
    const first = await validate(dir);
    assert.strictEqual(first.status, 0, first.stdout + first.stderr);
    assert.ok(fs.existsSync(memoFile(dir, CACHE_DIR)));
    // An edit the stats cannot see, and no analysis cache: only the remembered report can answer as before.
    editSameSizeAt(dir, at);
    fs.rmSync(cacheFile(dir, CACHE_DIR));
    assert.deepStrictEqual(await validate(dir), first);
    // The text and GitHub formats print from it too.
    const text = await atelier(['validate', '--workspace', dir, '--today', TODAY]);
    assert.match(text.stdout, /0 (erreur|error)/);
    assert.deepStrictEqual(codes(await validate(dir, '--no-cache')), ['schema.enum']);
  });

  it('sees a record edited, added or deleted, atelier.yaml changed, another day', async () => {
    const dir = copyToTemp(SAMPLE);
    const at = age(dir);
    const first = await validate(dir);
    const file = path.join(dir, CLIENT);
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, original.replace(/^channel: marketplace$/m, 'channel: bouche-a-oreille'));
    fs.utimesSync(file, at, at); // another size, the old mtime
    assert.deepStrictEqual(codes(await seesTheChange(dir, first, 'size')), ['schema.enum']);
    fs.writeFileSync(file, original);
    fs.utimesSync(file, at, at);
    assert.deepStrictEqual(await validate(dir), first, 'back to the first text and stats');
    editSameSizeAt(dir, at + 10); // the same size, another old mtime
    await seesTheChange(dir, first, 'mtime');
    fs.writeFileSync(file, original);
    fs.utimesSync(file, at, at);
    // A new record taking an existing id, then a referenced person gone.
    fs.copyFileSync(file, path.join(dir, 'clients', 'ana-ribeiro.md'));
    fs.utimesSync(path.join(dir, 'clients', 'ana-ribeiro.md'), at, at);
    assert.ok(codes(await seesTheChange(dir, first, 'added')).includes('id.duplicate'));
    fs.rmSync(path.join(dir, 'clients', 'ana-ribeiro.md'));
    fs.rmSync(path.join(dir, 'people', 'ines-haddad.md'));
    assert.ok(codes(await seesTheChange(dir, first, 'deleted')).includes('ref.missing'));
    fs.copyFileSync(path.join(SAMPLE, 'people', 'ines-haddad.md'), path.join(dir, 'people', 'ines-haddad.md'));
    fs.utimesSync(path.join(dir, 'people', 'ines-haddad.md'), at, at);
    assert.deepStrictEqual(await validate(dir), first, 'the folder as it was');
    // atelier.yaml in another language: the same finding, in English.
    fs.writeFileSync(file, original.replace(/^channel: marketplace$/m, 'channel: bouche-a-oreille'));
    fs.utimesSync(file, at, at);
    const french = await validate(dir);
    const config = path.join(dir, 'atelier.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(/^locale: fr$/m, 'locale: en'));
    fs.utimesSync(config, at, at);
    const english = await seesTheChange(dir, french, 'atelier.yaml');
    assert.deepStrictEqual(codes(english), codes(french));
    // Another day: the same folder judged on 1 September 2026 (sessions done are still in the future).
    const later = (...more: string[]) =>
      atelier(['validate', '--workspace', dir, '--format', 'json', '--today', '2026-09-01', ...more]);
    const warm = await later();
    assert.deepStrictEqual(warm, await later('--no-cache'));
    assert.ok(codes(warm).includes('rule.attendance-future'), warm.stdout.slice(0, 300));
  });

  it('does not trust a record modified close to the last run (its stats may hide an edit)', async () => {
    const dir = copyToTemp(SAMPLE);
    const at = age(dir, seconds(Date.now()) + 1);
    const first = await validate(dir);
    editSameSizeAt(dir, at);
    assert.deepStrictEqual(codes(await seesTheChange(dir, first, 'racy')), ['schema.enum']);
  });

  it('does not read an atelier.yaml larger than the workspace reads: the run reports it, nothing is remembered', async () => {
    const dir = copyToTemp(SAMPLE);
    const config = path.join(dir, 'atelier.yaml');
    fs.appendFileSync(config, `# ${'x'.repeat(11 * 1024 * 1024)}\n`);
    const first = await validate(dir);
    assert.ok(codes(first).includes('file.too-large'), first.stdout.slice(0, 300) + first.stderr);
    assert.ok(!fs.existsSync(memoFile(dir, CACHE_DIR)));
    assert.deepStrictEqual(await validate(dir), await validate(dir, '--no-cache'));
  });

  it('is neither read nor written with --no-cache, and a damaged report is not one', async () => {
    const dir = copyToTemp(SAMPLE);
    age(dir);
    const cold = await validate(dir, '--no-cache');
    const memo = memoFile(dir, CACHE_DIR);
    assert.ok(!fs.existsSync(memo));
    assert.deepStrictEqual(await validate(dir), cold);
    const text = fs.readFileSync(memo, 'utf8');
    // A report changed after it was signed (the count of records), then one cut in half.
    fs.writeFileSync(memo, text.replace('"records":', '"records":1'));
    assert.deepStrictEqual(await validate(dir), cold);
    fs.writeFileSync(memo, text.slice(0, text.length / 2));
    assert.deepStrictEqual(await validate(dir), cold);
  });
});
