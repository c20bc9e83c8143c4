/**
 * `atelier purge` (rule 8) on copies of the sample workspace: what it removes and when, that every
 * other byte stays, that the figures do not move, and that the list it writes really lets
 * `git filter-repo` take the removed values out of the history.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { replaceTextFile } from '../../src/core/commands/purge';
import { Repo } from '../review/repo';
import { tempDir } from '../helpers/temp';
import { atelier, copyToTemp, SAMPLE } from './run';

const TODAY = '2026-12-02';
const DUE = [
  'sessions/2026-02-10-accueil-terre-vivante.md',
  'sessions/2026-03-12-atelier-lyon.md',
  'sessions/2026-04-09-atelier-lyon-2.md',
  'sessions/2026-05-21-atelier-lyon-3.md',
];

const run = (ws: string, ...args: string[]) => atelier([...args, '--workspace', ws, '--today', TODAY, '--no-cache']);
const read = (ws: string, file: string) => fs.readFileSync(path.join(ws, file), 'utf8');

/** The figures that must not move: every field of stats but the to-do list. */
async function figures(ws: string, today = TODAY) {
  const r = await atelier(['stats', '--format', 'json', '--workspace', ws, '--today', today, '--no-cache']);
  assert.strictEqual(r.status, 0, r.stderr);
  const stats = JSON.parse(r.stdout);
  delete stats.summary.todos;
  return stats;
}

describe('atelier purge', function () {
  this.timeout(120000);

  it('--dry-run lists the four sessions past six months, and writes nothing', async () => {
    const ws = copyToTemp(SAMPLE);
    const r = await run(ws, 'purge', '--dry-run');
    assert.strictEqual(r.status, 0, r.stderr);
    const listed = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('  '))
      .map((l) => l.trim().split(' ')[0]);
    assert.deepStrictEqual(listed, DUE);
    assert.match(r.stdout, /^4 sessions à purger \(rien n’est écrit : --dry-run\)/);
    for (const f of DUE) assert.strictEqual(read(ws, f), read(SAMPLE, f));
  });

  it('removes contact data only: every other line kept byte for byte, no error, same figures, no purge to-do', async () => {
    const ws = copyToTemp(SAMPLE);
    const before = await figures(ws);
    const r = await run(ws, 'purge');
    assert.strictEqual(r.status, 0, r.stderr);
    for (const f of DUE) {
      const was = read(SAMPLE, f).split('\n');
      const now = read(ws, f).split('\n');
      // The file minus its email and function lines, plus the date of the purge at the end of the front matter.
      const kept = was.filter((l) => !/^\s+(email|function):/.test(l));
      const end = kept.indexOf('---', 1);
      assert.deepStrictEqual(now, [...kept.slice(0, end), `purged_on: ${TODAY}`, ...kept.slice(end)], f);
    }
    const valid = await run(ws, 'validate');
    assert.strictEqual(valid.status, 0, valid.stdout);
    assert.deepStrictEqual(await figures(ws), before);
    const todo = await run(ws, 'todo', '--format', 'json');
    assert.ok(!JSON.parse(todo.stdout).todos.some((t: { kind: string }) => t.kind === 'purge-personal-data'));
    const again = await run(ws, 'purge', '--dry-run');
    assert.match(again.stdout, /^Rien à purger/);
  });

  it('refuses the documents that would need what was removed', async () => {
    const ws = copyToTemp(SAMPLE);
    await run(ws, 'purge');
    const mail = await run(
      ws,
      'email',
      'acces-webinaire',
      '--session',
      '2026-03-12-atelier-lyon',
      '--out',
      tempDir('mails-'),
    );
    assert.strictEqual(mail.status, 1);
    assert.match(
      mail.stderr,
      /coordonnées des participant·es de « 2026-03-12-atelier-lyon » ont été purgées le 2026-12-02/,
    );
    assert.strictEqual(mail.stdout, '');
    // Names and attendance are still the evidence: certificates can still be made.
    const certificates = await run(ws, 'certificates', '2026-03-12-atelier-lyon', '--out', tempDir('certs-'));
    assert.strictEqual(certificates.status, 0, certificates.stderr);
  });

  it('after the evidence period, participants become numbered entries that keep attendance and the figures', async () => {
    const ws = copyToTemp(SAMPLE);
    const later = '2029-12-01';
    const before = await figures(ws, later);
    const r = await atelier(['purge', '--workspace', ws, '--today', later, '--no-cache']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /noms aussi/);
    const text = read(ws, 'sessions/2026-03-12-atelier-lyon.md');
    assert.ok(!/Durand|anne\.durand|Terre Vivante\n/.test(text.split('participants:')[1].split('---')[0]), text);
    assert.match(text, /- first_name: Participant\n {4}last_name: "1"\n/);
    assert.deepStrictEqual(await figures(ws, later), before);
    const valid = await atelier(['validate', '--workspace', ws, '--today', later, '--no-cache']);
    assert.strictEqual(valid.status, 0, valid.stdout);
    const sheet = await atelier([
      'signin-sheet',
      '2026-03-12-atelier-lyon',
      '--duplicate',
      '--workspace',
      ws,
      '--out',
      path.join(tempDir('sheet-'), 's.pdf'),
    ]);
    assert.strictEqual(sheet.status, 1);
    assert.match(sheet.stderr, /noms des participant·es .* ont été purgés/);
  });

  it('says the history keeps the data, and its list lets git filter-repo remove it from every commit', async () => {
    const repo = Repo.sample('2026-01-05');
    const r = await atelier(['purge', '--workspace', repo.dir, '--today', TODAY, '--no-cache'], repo.dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const list = /git filter-repo --replace-text "([^"]+)"/.exec(r.stderr)?.[1];
    assert.ok(list && fs.existsSync(list) && !list.startsWith(repo.dir), r.stderr);
    assert.strictEqual(fs.statSync(list).mode & 0o777, 0o600);
    repo.commit('Purge personal data', TODAY);
    assert.match(repo.git('log', '-p', '--all'), /anne\.durand@terre-vivante\.example/);
    execFileSync('git', ['filter-repo', '--force', '--replace-text', list], { cwd: repo.dir, stdio: 'ignore' });
    const history = repo.git('log', '-p', '--all');
    assert.doesNotMatch(history, /anne\.durand@terre-vivante\.example|chargée de mission/);
    assert.match(history, /email: \*\*\*REMOVED\*\*\*/);
    // Names are evidence for three more years: they stay, in history too.
    assert.match(history, /first_name: Anne/);
  });

  it('names a session it cannot read instead of skipping it, and exits 1', async () => {
    const ws = copyToTemp(SAMPLE);
    const broken = 'sessions/2026-02-10-accueil-terre-vivante.md';
    fs.writeFileSync(path.join(ws, broken), read(ws, broken).replace('title:', 'title: [unclosed'));
    const r = await run(ws, 'purge', '--dry-run');
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, new RegExp(`${broken} laissée telle quelle : son en-tête a des erreurs`));
    assert.match(r.stdout, /^3 sessions à purger/);
  });

  it('writes each removed value as one expression, even a value holding the file’s own separator', () => {
    const file = replaceTextFile([{ field: 'function', value: 'chargée==>de mission (1.5)' }]);
    assert.strictEqual(file.split('\n').filter(Boolean).length, 1);
    assert.strictEqual(file.split('==>').length, 2, file);
    assert.ok(file.includes('chargée\\=\\=>de mission \\(1\\.5\\)'), file);
  });
});
