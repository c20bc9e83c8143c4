import * as assert from 'assert';
import { computeTodos } from '../../src/core/figures/todos';
import { addMonths } from '../../src/core/records';
import { baseFile, openWorkspace, readFixture } from '../helpers/workspace';

describe('to-dos derived from the rules', () => {
  it('adds months without overflowing short months', () => {
    assert.deepStrictEqual(
      [addMonths('2026-08-31', 6), addMonths('2026-03-12', 6), addMonths('2026-12-15', 1)],
      ['2027-02-28', '2026-09-12', '2027-01-15'],
    );
  });

  it('reminds to purge personal data 6 months after a session ends (rule 8)', async () => {
    const ws = await openWorkspace(readFixture('base'), '2026-09-10');
    const purge = computeTodos(ws).filter((t) => t.kind === 'purge-personal-data');
    assert.deepStrictEqual(
      purge.map((t) => [t.id, t.due]),
      [['session-a', '2026-09-12']],
    );
  });

  it('offers the retribution request for ended sessions not yet requested, once a month (rule 6)', async () => {
    const files = readFixture('base');
    files['missions/mission-a.md'] = baseFile('missions/mission-a.md').replace(/retributions:[\s\S]*?(?=---)/, '');
    const ws = await openWorkspace(files, '2026-04-02');
    assert.deepStrictEqual(
      computeTodos(ws)
        .filter((t) => t.kind === 'retribution-request')
        .map((t) => [t.id, t.detail]),
      [['mission-a', 'session-a']],
    );
  });

  it('flags a past session still planned', async () => {
    const ws = await openWorkspace(readFixture('base'), '2026-12-10');
    assert.deepStrictEqual(
      computeTodos(ws)
        .filter((t) => t.kind === 'session-past-planned')
        .map((t) => t.id),
      ['session-b'],
    );
  });
});
