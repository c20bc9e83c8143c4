/** Reading participant reports as they come out of spreadsheets and services: encodings, delimiters, dates. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readReport } from '../../src/core/attendance/reportLayouts';
import { dayAndTime, parseReportTime } from '../../src/core/attendance/reportTimes';
import { decodeReport, reportRows } from '../../src/node/documents/reportFile';
import { atelier, ROOT } from '../cli/run';
import { copyToTemp } from '../helpers/temp';

const ctx = { zone: 'Europe/Paris', days: new Set(['2026-04-03']) };
const at = (v: string) => {
  const m = parseReportTime(v, ctx);
  return m === undefined ? undefined : `${dayAndTime(m).day} ${dayAndTime(m).time}`;
};

describe('participant reports', () => {
  it('reads dates as each service writes them, in the workspace time zone', () => {
    assert.strictEqual(at('04/03/2026 09:02:13 AM'), '2026-04-03 09:02');
    // Day first or month first: the reading that falls on a day of the session.
    assert.strictEqual(at('03/04/2026 14:05'), '2026-04-03 14:05');
    assert.strictEqual(at('4/3/26, 1:05:00 PM'), '2026-04-03 13:05');
    assert.strictEqual(at('03.04.2026 09:30'), '2026-04-03 09:30');
    // An ISO time with an offset is brought to Europe/Paris (summer time in April: UTC+2).
    assert.strictEqual(at('2026-04-03T07:30:00Z'), '2026-04-03 09:30');
    assert.strictEqual(at('2026-04-03 09:30:00'), '2026-04-03 09:30');
    assert.strictEqual(at('13:00'), undefined);
  });

  it('reads a report saved by a spreadsheet: Windows-1252, semicolons, quoted fields', () => {
    const text = [
      'Name (Original Name);User Email;Join Time;Leave Time;Duration (Minutes);Guest',
      '"Hélène Dupré; Lyon";helene@example.org;03/04/2026 09:30;03/04/2026 12:30;180;No',
      '',
    ].join('\r\n');
    const bytes = Uint8Array.from([...text].map((c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));
    const decoded = decodeReport(bytes);
    assert.ok(decoded?.includes('Hélène Dupré; Lyon'));
    const read = readReport(reportRows(decoded as string), ctx);
    assert.ok(read.ok);
    assert.strictEqual(read.report.layout, 'zoom');
    assert.deepStrictEqual(
      read.report.connections.map((c) => [c.name, c.email, c.end - c.start]),
      [['Hélène Dupré; Lyon', 'helene@example.org', 180]],
    );
  });

  it('reads UTF-16 without its byte order mark', () => {
    const text =
      'Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\r\nAnne\t4/3/26, 9:30:00 AM\t4/3/26, 10:00:00 AM\t30m\ta@x.org\tAttendee\r\n';
    const read = readReport(reportRows(decodeReport(Buffer.from(text, 'utf16le')) as string), ctx);
    assert.ok(read.ok);
    assert.strictEqual(read.report.layout, 'teams');
    assert.strictEqual(read.report.connections[0].end - read.report.connections[0].start, 30);
  });

  it('`validate` reports a share that is not between 0 and 1 on atelier.yaml', async () => {
    const dir = copyToTemp(path.join(ROOT, 'test', 'fixtures', 'attendance', 'workspace'));
    const file = path.join(dir, 'atelier.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('remote_threshold: 0.8', 'remote_threshold: 80'));
    const r = await atelier(['validate', '--format', 'json'], dir);
    const found = JSON.parse(r.stdout).diagnostics.filter(
      (d: { file: string; code: string }) => d.file === 'atelier.yaml' && d.code.startsWith('schema.'),
    );
    assert.deepStrictEqual(
      found.map((d: { code: string; line: number }) => [d.code, d.line]),
      [['schema.maximum', 8]],
    );
  });
});
