/** Golden tests: record commands change only what they must, byte for byte elsewhere. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { addParticipantsEdit, attendanceEdit, statusEdit } from '../../src/core/commands/recordEdits';
import { applyEdits } from '../../src/core/edit/textEdit';
import { parseRecordText } from '../../src/core/recordData';

const SAMPLE = path.join(__dirname, '..', '..', 'sample-workspace');
const GOLDEN = path.join(__dirname, '..', 'fixtures', 'golden');

function session(file: string) {
  const text = fs.readFileSync(path.join(SAMPLE, 'sessions', file), 'utf8');
  return { text, data: parseRecordText('x', 'x', 'session', text)!.data };
}

/** Compares with the golden file (written on the first run: review it, then commit it). */
function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (!fs.existsSync(file)) fs.writeFileSync(file, actual);
  assert.strictEqual(actual, fs.readFileSync(file, 'utf8'));
}

/** The lines that differ between two texts. */
function changedLines(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let n = Math.abs(x.length - y.length);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) n++;
  return n;
}

describe('record edits (golden)', () => {
  it('change status touches one value', () => {
    const s = session('2026-12-03-atelier-vallee-verte.md');
    const out = applyEdits(s.text, [statusEdit(s.text, 'launched')!]);
    assert.strictEqual(out, s.text.replace('\nstatus: planned\n', '\nstatus: launched\n'));
  });

  it('add participants appends entries after the last one, nothing else moves', () => {
    const s = session('2026-12-03-atelier-vallee-verte.md');
    const out = applyEdits(s.text, [
      addParticipantsEdit(
        s.text,
        s.data,
        [
          {
            first_name: 'Zoé',
            last_name: "D'Ørsted",
            email: 'zoe@example.org',
            organisation: 'Tiers-lieu « La Grange »',
          },
        ],
        '2026-11-23',
      )!,
    ]);
    assert.ok(out.startsWith(s.text.slice(0, s.text.lastIndexOf('\n---'))), 'everything before stays');
    golden('add-participants.md', out);
  });

  it('record attendance rewrites only the attendance lists of that session', () => {
    const s = session('2026-11-17-formation-rouages-j2.md');
    const out = applyEdits(s.text, [attendanceEdit(s.text, s.data, 2, new Set([0, 1, 3]))!]);
    const participants = (s.data.participants as unknown[]).length;
    assert.ok(changedLines(s.text, out) <= participants, `${changedLines(s.text, out)} lines changed`);
    golden('record-attendance.md', out);
    assert.match(out, /attendance: \[present, absent, present, null\]/);
  });
});
