import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier, copyToTemp, SAMPLE } from '../cli/run';
import { tempDir } from '../helpers/temp';
import { baseFile, expectDiagnostics } from '../helpers/workspace';

const mission = baseFile('missions/mission-a.md');
const quote = baseFile('quotes/quote-a.md');
const programme = baseFile('programmes/prog.md');
const sessionB = baseFile('sessions/session-b.md');

/** The base quote with a line selling hours: 9 h (one day of 6 h and 3 h). */
const quoteSelling = (lines: string) => quote.replace('lines:\n', `lines:\n${lines}`);
const daysAndHours =
  '  - label: Journée\n    quantity: 1\n    unit: day\n    unit_price: 900\n' +
  '  - label: Heures\n    quantity: 3\n    unit: hour\n    unit_price: 100\n';

describe('rule.hours-mismatch: planned hours agree with the hours sold (issue 12 item 5)', () => {
  it('the sample workspace plans the hours it sold; selling a day less would show on the last day', async () => {
    const r = await atelier(['validate', '--workspace', 'sample-workspace', '--format', 'json']);
    const found = JSON.parse(r.stdout).diagnostics.filter((d: { code: string }) => d.code === 'rule.hours-mismatch');
    assert.deepStrictEqual(found, []);
    const dir = copyToTemp(SAMPLE);
    const quote = path.join(dir, 'quotes', 'd-2026-021-rouages.md');
    fs.writeFileSync(quote, fs.readFileSync(quote, 'utf8').replace('    quantity: 4\n', '    quantity: 3\n'));
    const less = await atelier(['validate', '--workspace', dir, '--format', 'json']);
    const [d, ...more] = JSON.parse(less.stdout).diagnostics;
    assert.deepStrictEqual(more, []);
    assert.deepStrictEqual(
      [d.file, d.line, d.column, d.code, d.message],
      [
        'sessions/2027-01-12-formation-rouages-j3.md',
        9,
        1,
        'rule.hours-mismatch',
        '26,75 h planifiées pour 20,75 h vendues par le devis D-2026-021.',
      ],
    );
  });

  it("lets the sample's conventions be written without --force where the mission is fully planned", async () => {
    for (const quote of ['d-2026-021-rouages', 'd-2026-003-terre-vivante']) {
      const out = path.join(tempDir('convention-'), 'convention.pdf');
      const r = await atelier(['convention', quote, '--workspace', 'sample-workspace', '--out', out]);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.ok(fs.existsSync(out));
    }
  });

  it('says so on the slots of the session that plans more hours than the programme sold', async () => {
    const [d] = await expectDiagnostics({
      'sessions/session-b.md': sessionB
        .replace('slots:', '⟦rule.hours-mismatch|slots⟧:')
        .replace(
          '    end: "12:30"\n',
          '    end: "12:30"\n  - date: 2026-12-03\n    start: "14:00"\n    end: "17:00"\n',
        ),
    });
    assert.strictEqual(d.message, '12 h planned for a 9 h programme ("Se réunir autrement").');
  });

  it('compares with the accepted quote, a day counting the programme hours per day', async () => {
    const diagnostics = await expectDiagnostics({
      'programmes/prog.md': programme.replace('hours: 9\n', 'hours: 9\nhours_per_day: 6\n'),
      'quotes/quote-a.md': quoteSelling(daysAndHours.replace('quantity: 3', 'quantity: 2')),
      'sessions/session-b.md': sessionB.replace('slots:', '⟦rule.hours-mismatch|slots⟧:'),
    });
    assert.deepStrictEqual(
      diagnostics.map((d) => d.message),
      ['9 h planned for 8 h sold by quote D-2026-001.'],
    );
  });

  it('stays silent when programme, quote and sessions agree', async () => {
    await expectDiagnostics({
      'programmes/prog.md': programme.replace('hours: 9\n', 'hours: 9\nhours_per_day: 6\n'),
      'quotes/quote-a.md': quoteSelling(daysAndHours),
    });
  });

  it('says so on the mission once its planning is complete with fewer hours than sold', async () => {
    await expectDiagnostics({
      'missions/mission-a.md': mission.replace('quote: quote-a', '⟦rule.hours-mismatch|quote⟧: quote-a'),
      'programmes/prog.md': programme.replace('hours: 9', 'hours: 14'),
    });
  });

  it('does not count a cancelled session, nor warn an open mission still being planned', async () => {
    await expectDiagnostics({
      'sessions/session-b.md': sessionB
        .replace('status: planned', 'status: cancelled')
        .replace(
          '    end: "12:30"\n',
          '    end: "12:30"\n  - date: 2026-12-04\n    start: "09:00"\n    end: "17:00"\n',
        ),
    });
  });
});
