/**
 * `atelier attendance import` and `atelier attendance report` on one real-shaped participant report
 * per service (Zoom, Microsoft Teams UTF-16 with tabs, BigBlueButton), each with a person who left and
 * came back, a person connected under another name, a guest who matches nobody and a slot attended
 * for less than the threshold. The session file keeps every other byte; the relevé is read back.
 */
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { atelier, ROOT } from '../cli/run';
import { pdfText } from '../documents/fixtures';
import { copyToTemp } from '../helpers/temp';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'attendance');
const SESSION = '2026-11-24-classe-virtuelle';
const RECORD = `sessions/${SESSION}.md`;

function workspace(): string {
  return copyToTemp(path.join(FIXTURES, 'workspace'));
}

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

/** The attendance lines of the session file, participant by participant. */
function attendanceLines(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.trim().startsWith('attendance:'))
    .map((l) => l.trim());
}

/** The file with its attendance lines taken out: what must not change. */
function withoutAttendance(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('attendance:'))
    .join('\n');
}

const cases = [
  { file: 'zoom.csv', layout: /Zoom/, guest: 'Invité 4821, salle B' },
  { file: 'teams.csv', layout: /Microsoft Teams/, guest: 'Invité 4821 (Guest)' },
];

describe('atelier attendance import', function () {
  this.timeout(60000);

  for (const c of cases)
    it(`reads a ${c.file.replace('.csv', '')} report: comebacks add up, another name matches by email, a guest is listed, a short slot is absent`, async () => {
      const dir = workspace();
      const before = read(dir, RECORD);
      fs.copyFileSync(path.join(FIXTURES, c.file), path.join(dir, c.file));
      const r = await atelier(['attendance', 'import', SESSION, c.file], dir);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stdout, c.layout);
      // Anne left at 10:40 and came back at 10:52: 168 minutes of 180, present.
      assert.match(r.stdout, /Anne Durand : .*168 min, Présent·e/);
      // Bruno connected as "iPad de B." / "B. Léger (Cabinet Léger)": found by his email.
      assert.match(r.stdout, /Bruno Léger : .*178 min, Présent·e/);
      // Chloé: 90 minutes of a 180-minute slot, under 80 %.
      assert.match(r.stdout, /Chloé Martin : .*90 min, Absent·e/);
      assert.ok(r.stdout.includes(`1 connexion ne correspond à aucun·e participant·e`), r.stdout);
      assert.ok(r.stdout.includes(c.guest), r.stdout);
      const after = read(dir, RECORD);
      assert.deepStrictEqual(attendanceLines(after), [
        'attendance: [present, present]',
        'attendance: [present, present]',
        'attendance: [absent, present]',
        'attendance: [excused, absent]   # prévenu·e',
      ]);
      // Every other byte kept: comments, spacing, the body.
      assert.strictEqual(withoutAttendance(after), withoutAttendance(before));
      // The report is kept beside the session's documents, byte for byte.
      const kept = path.join(dir, 'generated', SESSION, 'connexions', c.file);
      assert.deepStrictEqual(fs.readFileSync(kept), fs.readFileSync(path.join(FIXTURES, c.file)));
      assert.ok(r.stdout.includes(path.join('generated', SESSION, 'connexions', c.file)), r.stdout);
    });

  it('reads a BigBlueButton report (one row per person, day-first dates): names match without accents, case or order; a slot the report does not cover stays as it was', async () => {
    const dir = workspace();
    const r = await atelier(['attendance', 'import', SESSION, path.join(FIXTURES, 'bigbluebutton.csv')], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /BigBlueButton/);
    // Connected 2 h 50 between 9 h 28 and 12 h 31: the time connected counts, not the span.
    assert.match(r.stdout, /Anne Durand : .*170 min, Présent·e/);
    // "LEGER bruno": the same person as Bruno Léger.
    assert.match(r.stdout, /Bruno Léger : .*178 min, Présent·e/);
    assert.match(r.stdout, /Chloé Martin : .*90 min, Absent·e/);
    assert.ok(r.stdout.includes('Invité 4821'), r.stdout);
    assert.match(r.stdout, /14 h – 17 h : aucune connexion dans le rapport/);
    assert.deepStrictEqual(attendanceLines(read(dir, RECORD)), [
      'attendance: [present, null]',
      'attendance: [present, null]',
      'attendance: [absent, null]',
      'attendance: [excused, null]   # prévenu·e',
    ]);
  });

  it('--dry-run shows the result and writes nothing', async () => {
    const dir = workspace();
    const before = read(dir, RECORD);
    const r = await atelier(['attendance', 'import', SESSION, path.join(FIXTURES, 'zoom.csv'), '--dry-run'], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /Chloé Martin : .*90 min, Absent·e/);
    assert.match(r.stdout, /--dry-run/);
    assert.strictEqual(read(dir, RECORD), before);
    assert.ok(!fs.existsSync(path.join(dir, 'generated')), 'nothing kept');
  });

  it('refuses a file of unknown layout, naming the columns it expected', async () => {
    const dir = workspace();
    const before = read(dir, RECORD);
    fs.writeFileSync(path.join(dir, 'export.csv'), 'Nom;Arrivée;Départ\nAnne Durand;09:30;12:30\n');
    const r = await atelier(['attendance', 'import', SESSION, 'export.csv'], dir);
    assert.strictEqual(r.status, 2);
    assert.match(
      r.stderr,
      /export\.csv n’est pas un rapport de participants qu’Atelier connaît \(première ligne : Nom, Arrivée, Départ\)/,
    );
    for (const col of [
      'Name (Original Name)',
      'Join Time',
      'Leave Time',
      'Duration (Minutes)',
      'In-Meeting Duration',
      'Moderator',
      'Left',
    ])
      assert.ok(r.stderr.includes(col), `${col} in ${r.stderr}`);
    assert.strictEqual(read(dir, RECORD), before);
  });

  it('refuses a report with no connection during the session (another meeting)', async () => {
    const dir = workspace();
    const other = fs.readFileSync(path.join(FIXTURES, 'zoom.csv'), 'utf8').replaceAll('11/24/2026', '11/25/2026');
    fs.writeFileSync(path.join(dir, 'other.csv'), other);
    const r = await atelier(['attendance', 'import', SESSION, 'other.csv'], dir);
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /aucune connexion pendant les créneaux de la session/);
  });

  it('takes the share of a slot from atelier.yaml (attendance.remote_threshold)', async () => {
    const dir = workspace();
    fs.writeFileSync(
      path.join(dir, 'atelier.yaml'),
      read(dir, 'atelier.yaml').replace('remote_threshold: 0.8', 'remote_threshold: 0.5'),
    );
    const r = await atelier(['attendance', 'import', SESSION, path.join(FIXTURES, 'zoom.csv')], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    // 90 minutes of 180 is half the slot: present at 50 %.
    assert.match(r.stdout, /Chloé Martin : .*90 min, Présent·e/);
  });
});

describe('atelier attendance report', function () {
  this.timeout(60000);

  it('prints the relevé de connexions: per participant and slot, first and last connection, minutes, presence, source and checksum', async () => {
    const dir = workspace();
    assert.strictEqual(
      (await atelier(['attendance', 'import', SESSION, path.join(FIXTURES, 'zoom.csv')], dir)).status,
      0,
    );
    const r = await atelier(['attendance', 'report', SESSION], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const pdf = path.join(dir, 'generated', SESSION, `releve-connexions-${SESSION}.pdf`);
    assert.ok(r.stdout.includes(path.join('generated', SESSION, `releve-connexions-${SESSION}.pdf`)), r.stdout);
    const text = pdfText(pdf);
    assert.match(text, /Relevé de connexions/);
    assert.match(
      text,
      /DURAND Anne\s+mar\. 24 nov\. 2026 9 h 30 – 12 h 30\s+9 h 28\s+12 h 31\s+168\s+Présent·e\s+zoom\.csv/,
    );
    assert.match(text, /MARTIN Chloé\s+mar\. 24 nov\. 2026 9 h 30 – 12 h 30\s+9 h 30\s+11 h\s+90\s+Absent·e/);
    assert.match(text, /LÉGER Bruno/);
    const sum = createHash('sha256')
      .update(fs.readFileSync(path.join(FIXTURES, 'zoom.csv')))
      .digest('hex');
    assert.ok(text.includes(`SHA-256 : ${sum}`), text);
    assert.match(text, /Invité 4821, salle B/);
  });

  it('refuses when no report was imported for the session', async () => {
    const dir = workspace();
    const r = await atelier(['attendance', 'report', SESSION], dir);
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /Aucun rapport de connexion n’est conservé pour la session/);
  });
});
