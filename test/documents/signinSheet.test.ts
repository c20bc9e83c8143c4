/** `atelier signin-sheet`: its PDF read back with pdftotext. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { bigSession, pdfPages, pdfText, removeTempWorkspaces, TODAY, TRICKY, workspaceWith, written } from './fixtures';

const BIG = '2026-10-08-grande-journee';

function sheet(dir: string, ...args: string[]) {
  return atelier(['signin-sheet', ...args, '--workspace', dir, '--today', TODAY]);
}

/** The rows of pdftotext -layout output that start with a row number. */
function numberedRows(text: string): string[] {
  return text.split('\n').filter((l) => /^\s+\d+ /.test(l));
}

describe('atelier signin-sheet', function () {
  // Real work: each test writes sign-in sheets (up to 60 participants) and reads them back with
  // pdftotext (a few seconds on an idle machine); the margin is for a machine busy with other jobs.
  this.timeout(60_000);
  after(removeTempWorkspaces);

  it('wraps a long email address before a dot, never inside a word', async () => {
    const dir = workspaceWith();
    const r = await sheet(dir, '2026-10-01-se-reunir-autrement-paris', '--duplicate');
    assert.strictEqual(r.status, 0, r.stderr);
    const text = pdfText(written(r));
    assert.match(text, /youssef\.elamrani@funambules(\.example|\n)/, 'whole, or wrapped before the dot');
    assert.ok(!/exampl\n|\ne\n/.test(text), 'no address cut inside a word');
  });

  it('prints the header, the participants and one signature column per half-day', async () => {
    const dir = workspaceWith();
    const r = await sheet(dir, '2026-03-12-atelier-lyon', '--duplicate');
    assert.strictEqual(r.status, 0, r.stderr);
    const file = path.join(dir, 'generated', '2026-03-12-atelier-lyon', 'emargement-2026-03-12-atelier-lyon.pdf');
    assert.strictEqual(written(r), file, 'prints the path it wrote');
    const text = pdfText(file);
    for (const expected of [
      'Coopérative Les Communs Apprenants',
      "Déclaration d'activité n° 11 75 00000 75",
      "Feuille d'émargement",
      'Se réunir autrement — atelier 1 : préparer et animer',
      'Se réunir autrement — facilitation et gouvernance partagée',
      'Préparer une réunion utile et inclusive',
      'jeudi 12 mars 2026',
      'Salle du Grand Tilleul, 8 rue des Lilas, 69007 Lyon',
      'Samir Vidal, Inès Haddad',
      'Matin',
      'Après-midi',
      '9 h 30 – 12 h 30',
      '14 h – 17 h',
      'page 1 / 1',
      'Signature de l',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
    }
    assert.match(text, /Nom\s+Prénom\s+Organisation\s+E-mail\s+jeu\. 12 mars 2026\s+jeu\. 12 mars 2026/);
    for (const name of ['Durand', 'Belkacem', 'Fontaine', 'Élodie', 'Kerjean', 'Gaëlle', 'Sow'])
      assert.ok(text.includes(name), name);
    // Zoé Lambert was absent in the afternoon, but a duplicate shows no recorded attendance.
    assert.match(text, /Lambert\s+Zoé/);
    assert.ok(!text.includes('Absent·e'), 'no recorded absence on a duplicate');
    assert.match(text, /Généré le 23 novembre 2026 depuis sessions\/2026-03-12-atelier-lyon\.md \(hors git\)/);
  });

  it('paginates 60 participants: page x / y, header on every page, no row lost or split', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ date: '2026-12-08' }) });
    const r = await sheet(dir, BIG, '--out', path.join(dir, 'out', 'sheet.pdf'));
    assert.strictEqual(r.status, 0, r.stderr);
    const file = path.join(dir, 'out', 'sheet.pdf');
    const pages = pdfPages(file);
    assert.strictEqual(pages, 3);
    const seen: number[] = [];
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(file, p);
      assert.ok(text.includes(`page ${p} / ${pages}`), `page ${p} is numbered`);
      assert.match(text, /N°\s+Nom\s+Prénom\s+Organisation\s+E-mail/, `header row on page ${p}`);
      assert.strictEqual((text.match(/9 h 30 – 12 h 30/g) ?? []).length >= 1, true);
      for (const row of numberedRows(text)) {
        const m = /^\s+(\d+) .*p(\d+)@participants\.example/.exec(row);
        if (m) seen.push(+m[1]);
      }
      if (p > 1) assert.ok(text.includes("Feuille d'émargement — Journée inter — outils numériques"), 'running header');
      assert.ok(!text.includes('Duplicata'), 'an ordinary sheet is no duplicate');
    }
    // Each row's number and email sit on the same line of the same page: no row was split.
    assert.deepStrictEqual(
      seen,
      Array.from({ length: 60 }, (_, i) => i + 1),
    );
    const all = pdfText(file);
    for (let i = 1; i <= 60; i++)
      assert.strictEqual(all.split(`p${i}@participants.example`).length, 2, `participant ${i} exactly once`);
    assert.match(pdfText(file, pages), /Ribeiro\s+Ana[\s\S]*Nguyễn\s+Léa/, 'facilitators sign on the last page');
  });

  it('prints every name as written, markup as plain text', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 8, date: TODAY }) });
    const r = await sheet(dir, BIG);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stderr, '', 'the font has every character');
    const text = pdfText(written(r)).replace(/\s+/g, ' ');
    for (const t of [
      'Nguyễn',
      'Lê Thị',
      'Ørsted',
      'Søren',
      "D'Almeida",
      'l’Œuvre & Cie',
      'Scriptovitch',
      '../../etc/passwd',
    ])
      assert.ok(text.includes(t), t);
    // Long values wrap inside their cell: read in drawing order, without the spaces the wrapping adds.
    const compact = pdfText(written(r), undefined, 'raw').replace(/\s+/g, '');
    assert.ok(compact.includes('<script>alert(1)</script>'));
    assert.ok(compact.includes('<imgsrc=xonerror=alert(1)>'));
    assert.ok(text.includes('Absence justifiée') && text.includes('Absent·e'));
  });

  it('warns about characters the embedded font cannot draw, and still writes the sheet', async () => {
    const dir = workspaceWith({
      [`sessions/${BIG}.md`]: bigSession({ count: 2, date: TODAY }).replace('"Nguyễn"', '"王"'),
    });
    const r = await sheet(dir, BIG);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stderr, /La police ne sait pas imprimer 王 \(sessions\/2026-10-08-grande-journee\.md\)/);
    assert.ok(fs.existsSync(written(r)));
  });

  it('speaks English, with the same page numbering', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 9, date: TODAY }) }, { locale: 'en' });
    const r = await sheet(dir, BIG);
    assert.strictEqual(r.status, 0, r.stderr);
    const text = pdfText(written(r));
    for (const t of [
      'Sign-in sheet',
      'Training body registration number 11 75 00000 75',
      'Last name',
      'First name',
      'Email',
      'Morning',
      'Afternoon',
      'Mon 23 Nov 2026',
      'Monday 23 November 2026',
      '9:30 – 12:30',
      'Excused',
      'Absent',
      'page 1 / 1',
      'Generated on 8 October 2026'.replace('8 October', '23 November'),
      'not in git',
    ]) {
      assert.ok(text.includes(t), `missing "${t}"`);
    }
  });

  it('prints one facilitator group with --facilitator, and refuses a stranger', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 12, groups: true, date: TODAY }) });
    const r = await sheet(dir, BIG, '--facilitator', 'lea-nguyen');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /emargement-2026-10-08-grande-journee-lea-nguyen\.pdf/);
    const text = pdfText(written(r));
    assert.match(text, /Groupe\s+Groupe de Léa Nguyễn — 4 participant·es/);
    const emails = [...text.matchAll(/p(\d+)@participants\.example/g)].map((m) => +m[1]).sort((a, b) => a - b);
    assert.deepStrictEqual(emails, [3, 6, 9, 12]);
    assert.ok(!text.includes('Ribeiro'), 'only the group facilitator signs');
    assert.match(
      pdfText(written(await sheet(dir, BIG, '--facilitator', 'ana-ribeiro'))),
      /Groupe\s+Groupe d'Ana Ribeiro — 8 participant·es/,
    );
    const stranger = await sheet(dir, BIG, '--facilitator', 'samir-vidal');
    assert.strictEqual(stranger.status, 2);
    assert.match(stranger.stderr, /« samir-vidal » n'anime pas la session « 2026-10-08-grande-journee »/);
  });

  it('writes a printable HTML page with --format html, every value escaped', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 8, date: TODAY }) });
    const r = await sheet(dir, BIG, '--format', 'html');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout.trim(), /emargement-2026-10-08-grande-journee\.html$/);
    const html = fs.readFileSync(written(r), 'utf8');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!/<script|<img/i.test(html), 'no markup from the data');
    assert.ok(html.includes('<thead>') && html.includes('break-inside: avoid') && html.includes('counter(pages)'));
    for (const t of TRICKY.slice(0, 2)) assert.ok(html.includes(t.last_name), t.last_name);
  });

  it('says where the data came from in git', async () => {
    const dir = workspaceWith({}, { git: true });
    const clean = await sheet(dir, '2026-03-12-atelier-lyon', '--duplicate');
    assert.strictEqual(clean.status, 0, clean.stderr);
    assert.match(pdfText(written(clean)), /depuis sessions\/2026-03-12-atelier-lyon\.md \(commit [0-9a-f]{7,}\)/);
    const file = path.join(dir, 'sessions', '2026-03-12-atelier-lyon.md');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('Fatou Sow a rejoint', 'Fatou Sow a rejoint (modifié)'),
    );
    const dirty = await sheet(dir, '2026-03-12-atelier-lyon', '--duplicate');
    assert.match(pdfText(written(dirty)), /\(modifications non enregistrées dans git\)/);
  });

  it('exits 1 on a session with errors (writing nothing), 2 on an unknown id or another record type', async () => {
    const dir = workspaceWith();
    const file = path.join(dir, 'sessions', '2026-03-12-atelier-lyon.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('kind: workshop', 'kind: atelier'));
    const broken = await sheet(dir, '2026-03-12-atelier-lyon');
    assert.strictEqual(broken.status, 1);
    assert.match(broken.stderr, /sessions\/2026-03-12-atelier-lyon\.md:7:7 error schema\.enum/);
    assert.match(broken.stderr, /atelier: sessions\/2026-03-12-atelier-lyon\.md a 1 erreur : rien n'a été écrit\./);
    assert.strictEqual(broken.stdout, '');
    assert.ok(!fs.existsSync(path.join(dir, 'generated')), 'nothing written');

    const unknown = await sheet(dir, 'no-such-session');
    assert.strictEqual(unknown.status, 2);
    assert.match(unknown.stderr, /aucune fiche session avec l'identifiant « no-such-session »/);
    assert.strictEqual(
      unknown.stderr.trim().split('\n').length,
      1,
      'one line that says what is wrong, not the whole usage',
    );
    const other = await sheet(dir, 'samir-vidal');
    assert.strictEqual(other.status, 2);
    assert.match(
      other.stderr,
      /« samir-vidal » est une fiche personne \(people\/samir-vidal\.md\), pas une fiche session/,
    );
    assert.strictEqual((await sheet(dir)).status, 2);
    assert.strictEqual((await sheet(dir, '2026-04-09-atelier-lyon-2', '--format', 'docx')).status, 2);
  });
});
