/** `atelier certificates`: one PDF per participant present at least once, read back with pdftotext. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { bigSession, pdfText, removeTempWorkspaces, TODAY, workspaceWith, writtenAll } from './fixtures';

const BIG = '2026-10-08-grande-journee';

function certificates(dir: string, ...args: string[]) {
  return atelier(['certificates', ...args, '--workspace', dir, '--today', TODAY]);
}

describe('atelier certificates', () => {
  after(removeTempWorkspaces);

  it('writes one certificate per participant, with the hours actually attended', () => {
    const dir = workspaceWith();
    const r = certificates(dir, '2026-03-12-atelier-lyon');
    assert.strictEqual(r.status, 0, r.stderr);
    const files = writtenAll(r);
    assert.strictEqual(files.length, 8);
    assert.ok(files.every((f) => path.dirname(f) === path.join(dir, 'generated', '2026-03-12-atelier-lyon', 'attestations')));
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
    assert.ok(pdfText(files.find((f) => f.endsWith('attestation-durand-anne.pdf')) as string).includes('Durée suivie : 6 h sur 6 h prévues.'));
  });

  it('skips participants never present, says why, and keeps file names safe', () => {
    const dir = workspaceWith({ [`sessions/${BIG}.md`]: bigSession({ count: 9 }) });
    const out = path.join(dir, 'out');
    const r = certificates(dir, BIG, '--out', out);
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
    assert.deepStrictEqual(fs.readdirSync(out).sort(), files.map((f) => path.basename(f)).sort());
  });

  it('writes none for a session without recorded attendance, in English too', () => {
    const dir = workspaceWith({}, { locale: 'en' });
    const r = certificates(dir, '2027-03-18-se-reunir-autrement-lyon');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /: no certificate \(attendance not recorded\)\./);
    assert.match(r.stderr, /No certificate written/);
  });

  it('speaks English on the certificate', () => {
    const dir = workspaceWith({}, { locale: 'en' });
    const r = certificates(dir, '2026-03-12-atelier-lyon');
    const text = pdfText(writtenAll(r).find((f) => f.endsWith('lambert-zoe.pdf')) as string).replace(/[ \t]+/g, ' ');
    for (const t of ['Certificate of attendance', 'certifies that', 'Time attended: 3 hours out of 6 hours scheduled.', 'Issued on 23 November 2026.', 'Present', 'Absent']) assert.ok(text.includes(t), t);
  });

  it('exits 1 when the session has errors, 2 for an unknown session', () => {
    const dir = workspaceWith();
    const file = path.join(dir, 'sessions', '2026-03-12-atelier-lyon.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('attendance: [present, absent]', 'attendance: [present]'));
    const r = certificates(dir, '2026-03-12-atelier-lyon');
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /rule\.attendance-count/);
    assert.ok(!fs.existsSync(path.join(dir, 'generated')));
    assert.strictEqual(certificates(dir, 'nope').status, 2);
  });
});
