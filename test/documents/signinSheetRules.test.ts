/**
 * Sign-in sheets that do not invite late signatures (issue 12, item 3), read back as an auditor
 * would: the refusals, the duplicate, the strike-out instruction, the head counts, the signature
 * block never alone on a page, evening half-days, French dates, remote sessions, e-mails left off.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { tempDir } from '../helpers/temp';
import { bigSession, pdfPages, pdfText, removeTempWorkspaces, TODAY, workspaceWith, written } from './fixtures';

const BIG = '2026-10-08-grande-journee';
const LYON = '2026-03-12-atelier-lyon';
const CANCELLED = '2026-12-10-consentement-inter-nantes';
const CHROMIUM = process.env.ATELIER_CHROMIUM || '/usr/bin/chromium';
/** An address with hyphens in each of its parts: narrow columns must wrap it after "@" or before a dot only. */
const HYPHENATED = 'anne.marie@terre-vivante-des-monts.example';

function sheet(dir: string, ...args: string[]) {
  return atelier(['signin-sheet', ...args, '--workspace', dir, '--today', TODAY]);
}

interface Slot {
  date: string;
  start: string;
  end: string;
}

/** An upcoming session (after TODAY) with three participants, its slots and place or online access as given. */
function upcoming(o: { slots: Slot[]; place?: string; online?: string[] }): string {
  return [
    '---',
    'type: session',
    'title: Soirées de la coopération',
    'programme: outils-numeriques-ethiques',
    'kind: workshop',
    'status: planned',
    'slots:',
    ...o.slots.flatMap((s) => [`  - date: ${s.date}`, `    start: "${s.start}"`, `    end: "${s.end}"`]),
    ...(o.place ? [`place: ${o.place}`] : []),
    ...(o.online ? ['online:', ...o.online.map((l) => `  ${l}`)] : []),
    'facilitators: [ana-ribeiro]',
    'capacity: 12',
    'participants:',
    ...['Alice Martin', 'Bruno Petit', 'Chloé Roux'].flatMap((n, i) => [
      `  - first_name: ${n.split(' ')[0]}`,
      `    last_name: ${n.split(' ')[1]}`,
      `    email: personne${i + 1}@soirees.example`,
      '    added_on: 2026-11-01',
    ]),
    '---',
    '',
  ].join('\n');
}

/** The lines of a page that start with a row number (a participant's row). */
function participantRows(text: string): string[] {
  return text.split('\n').filter((l) => /^\s+\d+ .*@participants\.example/.test(l));
}

describe('sign-in sheets that do not invite late signatures', function () {
  // Real work: each test writes sign-in sheets and reads them back with pdftotext.
  this.timeout(120_000);
  after(removeTempWorkspaces);

  it('refuses a cancelled session, even as a duplicate: exit 1, a sentence that says why, nothing written', async () => {
    const dir = workspaceWith();
    for (const args of [[CANCELLED], [CANCELLED, '--duplicate'], [CANCELLED, '--format', 'html']]) {
      const r = await sheet(dir, ...args);
      assert.strictEqual(r.status, 1, r.stderr);
      assert.strictEqual(r.stdout, '');
      assert.match(
        r.stderr,
        /^atelier: la session « 2026-12-10-consentement-inter-nantes » est annulée : une session annulée n'a pas de feuille d'émargement/,
      );
      assert.strictEqual(r.stderr.trim().split('\n').length, 1, 'one sentence');
    }
    assert.ok(!fs.existsSync(path.join(dir, 'generated')), 'nothing written');
  });

  it('refuses a session whose first slot is past unless --duplicate, and says how to get one', async () => {
    const dir = workspaceWith();
    const r = await sheet(dir, LYON);
    assert.strictEqual(r.status, 1);
    assert.strictEqual(r.stdout, '');
    assert.match(
      r.stderr,
      /la session « 2026-03-12-atelier-lyon » a commencé le jeudi 12 mars 2026, avant aujourd'hui/,
    );
    assert.match(r.stderr, /--duplicate/);
    assert.ok(!fs.existsSync(path.join(dir, 'generated')), 'nothing written');
    // The same session the day it starts gets its sheet.
    const sameDay = await atelier(['signin-sheet', LYON, '--workspace', dir, '--today', '2026-03-12', '--no-cache']);
    assert.strictEqual(sameDay.status, 0, sameDay.stderr);
    assert.ok(!pdfText(written(sameDay)).includes('Duplicata'));
  });

  it('marks a duplicate on every page and shows no recorded attendance as if it had been signed', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession() });
    const r = await sheet(dir, BIG, '--duplicate');
    assert.strictEqual(r.status, 0, r.stderr);
    const file = written(r);
    const pages = pdfPages(file);
    assert.ok(pages >= 3, `${pages} pages`);
    for (let p = 1; p <= pages; p++)
      assert.match(
        pdfText(file, p),
        /Duplicata édité le 23 novembre 2026 après la session/,
        `page ${p} says it is a duplicate`,
      );
    const text = pdfText(file);
    // Participants 7 to 9 have recorded absences, every other one is recorded present: none of it shows.
    for (const mark of ['Absent·e', 'Absence justifiée', 'Présent·e'])
      assert.ok(!text.includes(mark), `no "${mark}" on a duplicate`);
    assert.match(
      text.replace(/\s+/g, ' '),
      /Ce duplicata ne reproduit ni les signatures ni les présences enregistrées/,
    );
  });

  it('tells to strike out empty boxes and has a head-count line under every half-day', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 12, date: '2026-12-08' }) });
    const r = await sheet(dir, BIG);
    assert.strictEqual(r.status, 0, r.stderr);
    const text = pdfText(written(r));
    assert.ok(text.includes('Barrer les cases vides'), text);
    const count = text.split('\n').find((l) => l.includes('Nombre de présents :'));
    assert.ok(count, 'a head-count line');
    assert.strictEqual(count.match(/…… \/ 12/g)?.length, 2, `one blank count per half-day: ${count}`);
  });

  it('never leaves the trainers’ signature block alone on a page: the last page has participant rows too', async () => {
    // With these head counts the old sheet filled page 1 with participants and put the block alone on page 2.
    for (const count of [15, 16, 17, 18]) {
      const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count, date: '2026-12-08' }) });
      const r = await sheet(dir, BIG);
      assert.strictEqual(r.status, 0, r.stderr);
      const file = written(r);
      const pages = pdfPages(file);
      const last = pdfText(file, pages);
      assert.match(last, /Signature de l'animation/, `${count}: the block is on the last page`);
      assert.match(last, /Ribeiro\s+Ana/);
      assert.ok(participantRows(last).length >= 2, `${count} participants: rows on the last page too\n${last}`);
      assert.match(last, /N°\s+Nom\s+Prénom/, `${count}: the header row over them`);
      let seen = 0;
      for (let p = 1; p <= pages; p++) seen += participantRows(pdfText(file, p)).length;
      assert.strictEqual(seen, count, 'every participant exactly once');
    }
  });

  it('names an evening slot an evening, and writes the first of the month « 1er »', async () => {
    const dir = workspaceWith({
      'sessions/2026-12-01-soirees.md': upcoming({
        slots: [
          { date: '2026-12-01', start: '14:00', end: '17:00' },
          { date: '2026-12-01', start: '18:30', end: '21:00' },
        ],
        place: 'Salle des fêtes, 1 place de la Mairie, 69001 Lyon',
      }),
    });
    const r = await sheet(dir, '2026-12-01-soirees');
    assert.strictEqual(r.status, 0, r.stderr);
    const text = pdfText(written(r));
    assert.ok(text.includes('mardi 1er décembre 2026'), text);
    assert.ok(text.includes('mar. 1er déc. 2026'), 'column heads too');
    assert.ok(!/\b1 déc/.test(text), 'never « 1 déc. »');
    const halves = text.split('\n').find((l) => l.includes('Après-midi'));
    assert.match(halves ?? '', /Après-midi\s+Soir/, '18:30 is an evening');
    assert.strictEqual(text.match(/Après-midi/g)?.length, 2, 'one afternoon column, in both tables');
  });

  it('prints a remote session as « classe virtuelle (à distance) », never its link, dial-in or access code', async () => {
    const dir = workspaceWith({
      'sessions/2026-12-02-soirees.md': upcoming({
        slots: [{ date: '2026-12-02', start: '09:30', end: '12:30' }],
        online: [
          'url: https://visio.example.org/soirees-secret',
          'phone: "+33 1 00 00 00 99"',
          'access_code: "918 273"',
        ],
      }),
    });
    for (const format of ['pdf', 'html']) {
      const r = await sheet(dir, '2026-12-02-soirees', '--format', format);
      assert.strictEqual(r.status, 0, r.stderr);
      const text = format === 'pdf' ? pdfText(written(r)) : fs.readFileSync(written(r), 'utf8');
      assert.match(text, /Modalité(<\/dt><dd>|\s+)classe virtuelle \(à distance\)/, format);
      for (const secret of ['visio.example.org', 'soirees-secret', '918 273', '+33 1 00 00 00 99', "code d'accès"])
        assert.ok(!text.includes(secret), `${format}: no "${secret}"`);
      assert.ok(!/Lieu/.test(text), `${format}: no place`);
    }
  });

  it('wraps a hyphenated address after "@" or before a dot, never at a hyphen', async () => {
    const dir = workspaceWith({
      [`sessions/${BIG}.md`]: bigSession({ count: 6, date: '2026-12-08' }).replace(
        'p1@participants.example',
        HYPHENATED,
      ),
    });
    const r = await sheet(dir, BIG);
    assert.strictEqual(r.status, 0, r.stderr);
    const text = pdfText(written(r));
    for (const piece of ['anne.marie@', 'terre-vivante-des-monts'])
      assert.ok(text.includes(piece), `"${piece}" whole:\n${text}`);
    // Too long for its column, an address wraps before its last dot rather than running over the signature box.
    const rouages = await sheet(dir, '2027-01-12-formation-rouages-j3');
    assert.strictEqual(rouages.status, 0, rouages.stderr);
    const rows = pdfText(written(rouages));
    assert.match(rows, /chloe\.bernard@les-rouages\n\s+\.example/);
    assert.ok(!rows.includes('@les-rouages.example'), rows);
  });

  it('leaves e-mail addresses off with signin_sheet.show_email: false, a setting validate accepts', async () => {
    const base = workspaceWith();
    const cfg = fs.readFileSync(path.join(base, 'atelier.yaml'), 'utf8');
    const dir = workspaceWith({
      'atelier.yaml': `${cfg}signin_sheet:\n  show_email: false\n`,
      [`sessions/${BIG}.md`]: bigSession({ count: 12, date: '2026-12-08' }),
    });
    const validate = await atelier(['validate', '--workspace', dir, '--today', TODAY, '--format', 'json']);
    const diagnostics = (JSON.parse(validate.stdout) as { diagnostics: { file: string; message: string }[] })
      .diagnostics;
    assert.deepStrictEqual(
      diagnostics.filter((d) => d.file === 'atelier.yaml'),
      [],
    );
    for (const format of ['pdf', 'html']) {
      const r = await sheet(dir, BIG, '--format', format);
      assert.strictEqual(r.status, 0, r.stderr);
      const text = format === 'pdf' ? pdfText(written(r)) : fs.readFileSync(written(r), 'utf8');
      assert.ok(!text.includes('@participants.example'), `${format}: no address`);
      assert.ok(!text.includes('E-mail'), `${format}: no e-mail column`);
      assert.ok(text.includes('Nom12') && text.includes('Structure'), `${format}: names and organisations stay`);
    }
    // The default keeps them.
    const kept = await sheet(
      workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 3, date: '2026-12-08' }) }),
      BIG,
    );
    assert.ok(pdfText(written(kept)).includes('p3@participants.example'));
  });

  it('prints the HTML version as the PDF: header, duplicate mark and page x / y on every page, one footer, whole addresses', async function () {
    if (!fs.existsSync(CHROMIUM)) this.skip();
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession().replace('p1@participants.example', HYPHENATED) });
    const r = await sheet(dir, BIG, '--duplicate', '--format', 'html');
    assert.strictEqual(r.status, 0, r.stderr);
    const out = tempDir('atelier-print-');
    const pdf = path.join(out, 'sheet.pdf');
    const print = spawnSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        `--user-data-dir=${path.join(out, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        `file://${written(r)}`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    assert.ok(fs.existsSync(pdf), `Chromium printed nothing: ${print.stderr}`);
    const pages = pdfPages(pdf);
    assert.ok(pages >= 3, `${pages} pages`);
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(pdf, p);
      assert.ok(text.includes(`page ${p} / ${pages}`), `page ${p} is numbered:\n${text}`);
      assert.ok(text.includes('Duplicata édité le 23 novembre 2026 après la session'), `page ${p}: duplicate mark`);
      assert.ok(text.includes("Feuille d'émargement — Journée inter — outils numériques"), `page ${p}: header`);
      assert.match(text, /N°\s+Nom\s+Prénom/, `page ${p}: the table header`);
      assert.strictEqual(text.match(/Généré le /g)?.length, 1, `page ${p}: one footer`);
      assert.match(text, /déclaration d'activité n° 11 75 00000 75/, `page ${p}: the organisation's identity`);
    }
    const all = pdfText(pdf);
    assert.ok(all.includes('terre-vivante-des-monts'), 'an address is not broken at a hyphen');
    for (let i = 2; i <= 60; i++)
      assert.ok(all.includes(`p${i}@participants.example`), `p${i}@participants.example printed whole`);
    const last = pdfText(pdf, pages);
    assert.match(last, /Signature de l'animation/);
    assert.ok(participantRows(last).length >= 2, `rows with the signature block:\n${last}`);
  });
});
