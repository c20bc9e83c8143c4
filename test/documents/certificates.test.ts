/**
 * `atelier certificates --kind attestation`: the attestation de présence, one PDF per participant
 * present at least once, read back with pdftotext (the certificat de réalisation: realisation.test.ts).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { bigSession, filesIn, pdfText, removeTempWorkspaces, TODAY, workspaceWith, writtenAll } from './fixtures';

const BIG = '2026-10-08-grande-journee';

function certificates(dir: string, ...args: string[]) {
  return atelier(['certificates', ...args, '--kind', 'attestation', '--workspace', dir, '--today', TODAY]);
}

describe('atelier certificates --kind attestation', function () {
  // Real work: each test writes a session's PDFs and reads them back with pdftotext (a few seconds
  // on an idle machine); the margin is for a machine busy with other jobs.
  this.timeout(60_000);
  after(removeTempWorkspaces);

  it('writes one certificate per participant, with the hours actually attended', async () => {
    const dir = workspaceWith();
    const r = await certificates(dir, '2026-03-12-atelier-lyon');
    assert.strictEqual(r.status, 0, r.stderr);
    const files = writtenAll(r);
    assert.strictEqual(files.length, 8);
    assert.ok(
      files.every((f) => path.dirname(f) === path.join(dir, 'generated', '2026-03-12-atelier-lyon', 'attestations')),
    );
    const lambert = files.find((f) => f.endsWith('attestation-lambert-zoe.pdf'));
    assert.ok(lambert, files.join('\n'));
    const text = pdfText(lambert).replace(/[ \t]+/g, ' ');
    for (const t of [
      'Attestation de présence',
      'Coopérative Les Communs Apprenants, organisme de formation enregistré sous le numéro de déclaration',
      '11 75 00000 75',
      'Zoé Lambert',
      'animatrice nature, Association Terre Vivante des Monts',
      'Se réunir autrement — facilitation et gouvernance partagée',
      'Se réunir autrement — atelier 1 : préparer et animer',
      'jeudi 12 mars 2026',
      'Samir Vidal, Inès Haddad',
      'Durée suivie : 3 h sur 6 h prévues.',
      'Fait le 23 novembre 2026.',
      'Pour Coopérative Les Communs Apprenants,',
      'Camille Martin',
      'Signature et cachet',
      'page 1 / 1',
    ]) {
      assert.ok(text.includes(t), `missing "${t}" in:\n${text}`);
    }
    assert.match(text, /jeu\. 12 mars 2026 Matin 9 h 30 – 12 h 30 Présent·e/);
    assert.match(text, /jeu\. 12 mars 2026 Après-midi 14 h – 17 h Absent·e/);
    assert.ok(
      pdfText(files.find((f) => f.endsWith('attestation-durand-anne.pdf')) as string).includes(
        'Durée suivie : 6 h sur 6 h prévues.',
      ),
    );
  });

  it('skips participants never present, says why, and keeps file names safe', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 9 }) });
    const out = path.join(dir, 'out');
    const r = await certificates(dir, BIG, '--out', out);
    assert.strictEqual(r.status, 0, r.stderr);
    const files = writtenAll(r);
    assert.strictEqual(files.length, 8);
    assert.match(r.stderr, /Prénom8 Nom08 : pas d'attestation \(jamais présent·e\)\./);
    for (const f of files) {
      assert.strictEqual(path.dirname(f), out, `${f} stays in the output folder`);
      assert.match(path.basename(f), /^attestation-[a-z0-9-]+\.pdf$/);
    }
    assert.ok(files.some((f) => path.basename(f) === 'attestation-etc-passwd-jean.pdf'));
    assert.ok(files.some((f) => path.basename(f) === 'attestation-orsted-soren.pdf'));
    const nguyen = pdfText(files.find((f) => f.includes('nguyen')) as string);
    assert.ok(nguyen.includes('Lê Thị Nguyễn'));
    const excused = pdfText(files.find((f) => f.includes('nom07')) as string);
    assert.ok(excused.includes('Absence justifiée') && excused.includes('Durée suivie : 3 h sur 6 h prévues.'));
    assert.deepStrictEqual(filesIn(out).sort(), files.map((f) => path.basename(f)).sort());
  });

  it('writes none for a session without recorded attendance, in English too', async () => {
    const dir = workspaceWith({}, { locale: 'en' });
    const r = await certificates(dir, '2027-03-18-se-reunir-autrement-lyon');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /: no certificate \(attendance not recorded\)\./);
    assert.match(r.stderr, /No certificate written/);
  });

  it('speaks English on the certificate', async () => {
    const dir = workspaceWith({}, { locale: 'en' });
    const r = await certificates(dir, '2026-03-12-atelier-lyon');
    const text = pdfText(writtenAll(r).find((f) => f.endsWith('lambert-zoe.pdf')) as string).replace(/[ \t]+/g, ' ');
    for (const t of [
      'Certificate of attendance',
      'certifies that',
      'Time attended: 3 hours out of 6 hours scheduled.',
      'Issued on 23 November 2026.',
      'Present',
      'Absent',
    ])
      assert.ok(text.includes(t), t);
  });

  it('removes the certificates of an earlier run that are no longer true, and nothing else', async () => {
    const dir = workspaceWith();
    const id = '2026-03-12-atelier-lyon';
    const folder = path.join(dir, 'generated', id, 'attestations');
    assert.strictEqual(writtenAll(await certificates(dir, id)).length, 8);
    // Files the command did not make stay, whatever their name looks like.
    for (const other of ['notes.pdf', 'attestation-signee.pdf.bak', 'Attestation-Scan.pdf'])
      fs.writeFileSync(path.join(folder, other), 'x');
    fs.mkdirSync(path.join(folder, 'attestation-dossier.pdf'));
    const file = path.join(dir, 'sessions', `${id}.md`);
    const zoe = 'email: zoe.lambert@terre-vivante.example';
    const text = fs.readFileSync(file, 'utf8');
    const at = text.indexOf('attendance: [present, absent]', text.indexOf(zoe));
    fs.writeFileSync(
      file,
      text.slice(0, at) + 'attendance: [absent, absent]' + text.slice(at + 'attendance: [present, absent]'.length),
    );

    const r = await certificates(dir, id);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(writtenAll(r).length, 7);
    assert.match(r.stderr, /Zoé Lambert : pas d'attestation \(jamais présent·e\)/);
    assert.match(
      r.stderr,
      /1 fichier d'une génération précédente supprimé de .*attestations : cette génération ne les écrit plus\./,
    );
    const left = filesIn(folder).sort();
    assert.ok(!left.includes('attestation-lambert-zoe.pdf'), 'no false certificate left behind');
    assert.deepStrictEqual(
      left,
      [
        ...writtenAll(r).map((f) => path.basename(f)),
        'notes.pdf',
        'attestation-signee.pdf.bak',
        'Attestation-Scan.pdf',
        'attestation-dossier.pdf',
      ].sort(),
    );
  });

  it('empties an --out folder of its certificates when nobody is present any more', async () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 9 }) });
    const out = path.join(dir, 'out');
    assert.strictEqual(writtenAll(await certificates(dir, BIG, '--out', out)).length, 8);
    fs.writeFileSync(path.join(out, 'lisez-moi.txt'), 'x');
    const file = path.join(dir, 'sessions', `${BIG}.md`);
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace(/attendance: \[.*\]/g, 'attendance: [absent, absent]'),
    );
    const r = await certificates(dir, BIG, '--out', out);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /8 fichiers d'une génération précédente supprimés/);
    assert.deepStrictEqual(filesIn(out), ['lisez-moi.txt']);
  });

  it('warns, naming them, about the participants and slots whose attendance is not recorded, and still writes', async () => {
    const dir = workspaceWith();
    const r = await certificates(dir, '2026-11-17-formation-rouages-j2');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(writtenAll(r).length, 9);
    assert.match(r.stderr, /La session est « launched », pas « done » : l'émargement n'est peut-être pas complet/);
    assert.match(
      r.stderr,
      /Émargement non renseigné \(mar\. 24 nov\. 2026 9 h 30 – 12 h 30 ; mar\. 24 nov\. 2026 14 h – 17 h\) pour Thomas Girard, Sofia Martins, .*Mei-Lin Zhang : leurs attestations portent « Non renseigné »\./,
    );

    // A done session with one slot left empty: the participant concerned is named, in English too.
    const en = workspaceWith({}, { locale: 'en' });
    const file = path.join(en, 'sessions', '2026-03-12-atelier-lyon.md');
    const text = fs.readFileSync(file, 'utf8');
    const at = text.indexOf('attendance: [present, absent]', text.indexOf('email: zoe.lambert@terre-vivante.example'));
    fs.writeFileSync(
      file,
      text.slice(0, at) + 'attendance: [present, null]' + text.slice(at + 'attendance: [present, absent]'.length),
    );
    const done = await certificates(en, '2026-03-12-atelier-lyon');
    assert.strictEqual(done.status, 0, done.stderr);
    assert.strictEqual(writtenAll(done).length, 8);
    assert.ok(!/not "done"/.test(done.stderr));
    assert.match(
      done.stderr,
      /Attendance not recorded \(Thu 12 Mar 2026 14:00 – 17:00\) for Zoé Lambert: the certificate says "Not recorded"\./,
    );
    assert.strictEqual(done.stderr.match(/Attendance not recorded/g)?.length, 1);
  });

  it('exits 1 when the session has errors, 2 for an unknown session', async () => {
    const dir = workspaceWith();
    const file = path.join(dir, 'sessions', '2026-03-12-atelier-lyon.md');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('attendance: [present, absent]', 'attendance: [present]'),
    );
    const r = await certificates(dir, '2026-03-12-atelier-lyon');
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /rule\.attendance-count/);
    assert.ok(!fs.existsSync(path.join(dir, 'generated')));
    assert.strictEqual((await certificates(dir, 'nope')).status, 2);
  });
});
