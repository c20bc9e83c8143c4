import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier, copyToTemp, ROOT, SAMPLE } from './run';

/** A control character other than a line break. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

describe('atelier validate', () => {
  it('passes on the sample workspace with exit 0 and a French summary', async () => {
    const r = await atelier(['validate', '--workspace', 'sample-workspace']);
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^\d+ fichiers, \d+ fiches : 0 erreur, 0 avertissement, 0 info dans 0 fichier\.$/m);
  });

  it('prints the JSON of format.md and exits 1 on errors', async () => {
    const dir = copyToTemp(SAMPLE);
    const file = path.join(dir, 'sessions', '2026-03-12-atelier-lyon.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('kind: workshop', 'kind: atelier'));
    const r = await atelier(['validate', '--workspace', dir, '--format', 'json']);
    assert.strictEqual(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.records, 61 + 1);
    assert.ok(out.files >= out.records);
    assert.deepStrictEqual(out.diagnostics, [
      {
        file: 'sessions/2026-03-12-atelier-lyon.md',
        line: 7,
        column: 7,
        endLine: 7,
        endColumn: 14,
        severity: 'error',
        code: 'schema.enum',
        message:
          "« atelier » n'est pas une valeur permise pour « kind ». Valeurs possibles : workshop, training-day, welcome-webinar, follow-up-webinar, closing-webinar.",
      },
    ]);
  });

  it('speaks English when the workspace locale is en, in text format grouped by file', async () => {
    const dir = copyToTemp(SAMPLE);
    fs.writeFileSync(
      path.join(dir, 'atelier.yaml'),
      fs.readFileSync(path.join(dir, 'atelier.yaml'), 'utf8').replace(/locale: fr/, 'locale: en'),
    );
    const file = path.join(dir, 'people', 'samir-vidal.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^email: .*$/m, 'email: samir'));
    const r = await atelier(['validate', '--workspace', dir]);
    assert.strictEqual(r.status, 1);
    assert.match(r.stdout, /^people\/samir-vidal\.md:\d+:8 error schema\.format "email" is not a valid email address/m);
    assert.match(r.stdout, /\n\n?\d+ files, \d+ records: 1 error, 0 warnings, 0 infos in 1 file\.\n/);
  });

  it('prints GitHub annotations with paths from the current folder', async () => {
    const dir = copyToTemp(SAMPLE);
    const file = path.join(dir, 'sessions', '2026-03-12-atelier-lyon.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('kind: workshop', 'kind: atelier'));
    const inside = await atelier(
      ['validate', '--workspace', path.basename(dir), '--format', 'github'],
      path.dirname(dir),
    );
    assert.strictEqual(inside.status, 1);
    assert.match(
      inside.stdout,
      new RegExp(
        `^::error file=${path.basename(dir)}/sessions/2026-03-12-atelier-lyon\\.md,line=7,col=7,endLine=7,endColumn=14,title=schema\\.enum::`,
        'm',
      ),
    );
  });

  it('exits 2 on a folder that is not a workspace, a missing folder, or bad usage', async () => {
    assert.strictEqual((await atelier(['validate', '--workspace', path.join(ROOT, 'test')])).status, 2);
    const missing = await atelier(['validate', '--workspace', '/nonexistent/folder']);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /workspace folder not found/);
    assert.strictEqual((await atelier(['validate', '--format', 'xml'])).status, 2);
    assert.strictEqual((await atelier(['frobnicate'])).status, 2);
    assert.strictEqual((await atelier(['validate', '--bogus'])).status, 2);
    const noBase = await atelier(['validate', '--workspace', 'sample-workspace', '--base', '--format', 'github']);
    assert.deepStrictEqual([noBase.status, noBase.stderr.split('\n')[0]], [2, 'atelier: --base needs a value']);
    const badDay = await atelier(['validate', '--workspace', 'sample-workspace', '--today', '2026-02-30']);
    assert.strictEqual(badDay.status, 2);
    assert.match(badDay.stderr, /--today takes a real date/);
  });

  it('escapes control characters from file names and values in text output (no screen clear, no forged line)', async () => {
    const dir = copyToTemp(SAMPLE);
    const source = path.join(dir, 'sessions', '2026-03-12-atelier-lyon.md');
    const name = 'evil\x1b[2J\r\nforged.md:1:1 error x.md';
    // A double-quoted YAML value may hold ESC (\e), CR and LF; the file name holds them raw.
    const text = fs
      .readFileSync(source, 'utf8')
      .replace('kind: workshop', 'kind: "\\e[2J\\r\\nsessions/forged.md:1:1 error forged\\u009b31m"');
    fs.writeFileSync(path.join(dir, 'sessions', name), text);
    fs.rmSync(source);
    const r = await atelier(['validate', '--workspace', dir]);
    assert.strictEqual(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, CONTROL);
    // One line per diagnostic, none forged: as many as the JSON output has, none starting with the forged path.
    const json = JSON.parse((await atelier(['validate', '--workspace', dir, '--format', 'json'])).stdout);
    const lines = r.stdout.split('\n').filter((l) => /:\d+:\d+ (error|warning|info) /.test(l));
    assert.strictEqual(lines.length, json.diagnostics.length, r.stdout);
    assert.ok(!r.stdout.split('\n').some((l) => l.startsWith('forged') || l.startsWith('sessions/forged')), r.stdout);
    const line = lines.find((l) => l.includes('schema.enum')) ?? '';
    assert.ok(line.startsWith('sessions/evil\\u001b[2J\\r\\nforged.md:1:1 error x.md:7:7 error schema.enum '), line);
    assert.match(line, /« \\u001b\[2J\\r\\nsessions\/forged\.md:1:1 error forged\\u009b31m »/);
    // JSON keeps the exact values (JSON escapes them itself); github escapes its own way.
    assert.ok(json.diagnostics.some((d: { file: string }) => d.file === `sessions/${name}`));
    const github = (await atelier(['validate', '--workspace', dir, '--format', 'github'], dir)).stdout;
    assert.doesNotMatch(github, CONTROL);
    assert.strictEqual(github.trimEnd().split('\n').length, json.diagnostics.length);
    // stats names the session in its text too.
    const stats = await atelier(['stats', '--workspace', dir]);
    assert.doesNotMatch(stats.stdout + stats.stderr, CONTROL);
    assert.match(stats.stdout, /evil\\u001b\[2J\\r\\nforged/);
  });

  it('--help alone prints the usage on stdout with exit 0', async () => {
    const help = await atelier(['--help']);
    assert.deepStrictEqual([help.status, help.stderr], [0, '']);
    assert.match(help.stdout, /^usage: atelier <command> \[options\]\n/);
    const none = await atelier([]);
    assert.deepStrictEqual([none.status, none.stdout, none.stderr], [2, '', help.stdout]);
  });

  it('gives the same answer from the cache on a second run, and sees a changed file', async () => {
    const dir = copyToTemp(SAMPLE);
    const first = await atelier(['validate', '--workspace', dir, '--format', 'json']);
    const second = await atelier(['validate', '--workspace', dir, '--format', 'json']);
    assert.strictEqual(second.stdout, first.stdout);
    const file = path.join(dir, 'clients', 'scop-les-rouages.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^channel: .*$/m, 'channel: bouche-a-oreille'));
    const third = await atelier(['validate', '--workspace', dir, '--format', 'json']);
    assert.strictEqual(third.status, 1);
    assert.deepStrictEqual(
      JSON.parse(third.stdout).diagnostics.map((d: { code: string }) => d.code),
      ['schema.enum'],
    );
  });
});

describe('atelier stats', () => {
  it('prints the figures of format.md as JSON', async () => {
    const r = await atelier(['stats', '--workspace', 'sample-workspace', '--format', 'json']);
    assert.strictEqual(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    const q = s.quotes.find((x: { number: string }) => x.number === 'D-2026-034');
    assert.deepStrictEqual(
      [q.total_ht, q.total_vat, q.total_ttc, q.recurring],
      [2088, 417.6, 2505.6, { period: 'week', total_ht: 600, total_vat: 120, total_ttc: 720 }],
    );
    assert.strictEqual(s.sessions.length, 20);
    for (const x of s.sessions)
      assert.ok(x.attendance_rate === null || (x.attendance_rate >= 0 && x.attendance_rate <= 1));
    assert.deepStrictEqual(
      s.missions.map((m: { id: string; ordered: number; planned: number }) => [m.id, m.planned, m.ordered]),
      [
        ['2026-rouages-consentement', 6, 6],
        ['2026-terre-vivante', 5, 5],
        ['2026-vallee-verte-numerique', 5, 6],
      ],
    );
  });

  it('warns on stderr when records with errors may be missing from the figures', async () => {
    const dir = copyToTemp(SAMPLE);
    const file = path.join(dir, 'quotes', 'd-2026-003-terre-vivante.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^lines:/m, 'lines: [oops'));
    const r = await atelier(['stats', '--workspace', dir, '--format', 'json']);
    assert.strictEqual(r.status, 0);
    assert.ok(
      !JSON.parse(r.stdout).quotes.some((q: { number: string }) => q.number === 'D-2026-003'),
      'the broken quote is not counted',
    );
    assert.match(
      r.stderr,
      /^atelier: 1 fichier a des erreurs \(voir `atelier validate`\) : leurs chiffres peuvent manquer ou être faux\.$/m,
    );
    assert.strictEqual((await atelier(['stats', '--workspace', 'sample-workspace'])).stderr, '');
  });

  it('prints a readable summary in the workspace language', async () => {
    const r = await atelier(['stats', '--workspace', 'sample-workspace']);
    assert.strictEqual(r.status, 0);
    assert.match(
      r.stdout.replace(/[\u00a0\u202f]/g, ' '),
      /D-2026-034 +accepté +2 088,00 € HT \+ 600,00 € HT \/ semaine · 2 505,60 € TTC \+ 720,00 € TTC \/ semaine/,
    );
  });
});
