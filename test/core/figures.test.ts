import * as assert from 'assert';
import { missionFigures } from '../../src/core/figures/missionFigures';
import { quoteTotals } from '../../src/core/figures/quoteTotals';
import { sessionFigures } from '../../src/core/figures/sessionFigures';
import { computeStats } from '../../src/core/figures/stats';
import { openWorkspace, readFixture } from '../helpers/workspace';

describe('figures', () => {
  it('quote totals: quantity × people × unit price, discount on the one-off part, VAT rounded once', () => {
    const t = quoteTotals(
      {
        lines: [
          { label: 'Formation', quantity: 2, unit: 'hour', people: 2, unit_price: 200 },
          { label: 'Licences', quantity: 3, unit: 'participant', unit_price: 33.333 },
          { label: 'Suivi', quantity: 10, unit: 'hour', unit_price: 150, recurrence: 'week' },
        ],
        discount: 100,
      },
      0.2,
    );
    assert.deepStrictEqual(
      { ht: t.total_ht, vat: t.total_vat, ttc: t.total_ttc },
      { ht: 800, vat: 160, ttc: 960 }, // 800 + 99.999 − 100 = 799.999 → 800.00; VAT 159.9998 → 160.00
    );
    assert.deepStrictEqual(t.recurring, { period: 'week', total_ht: 1500, total_vat: 300, total_ttc: 1800 });
  });

  it('quote totals: mixed VAT rates share the discount in proportion', () => {
    const t = quoteTotals(
      {
        lines: [
          { quantity: 1, unit_price: 100, vat_rate: 0.2 },
          { quantity: 1, unit_price: 100, vat_rate: 0 },
        ],
        discount: 50,
      },
      0.2,
    );
    assert.deepStrictEqual([t.total_ht, t.total_vat, t.total_ttc], [150, 15, 165]);
    assert.strictEqual(t.recurring, null);
  });

  it('quote totals: the workspace default VAT rate applies to lines without one', () => {
    assert.strictEqual(quoteTotals({ lines: [{ quantity: 1, unit_price: 100 }] }, 0.1).total_vat, 10);
  });

  it('session attendance: present over recorded, null when nothing is recorded', () => {
    assert.deepStrictEqual(
      sessionFigures({
        capacity: 3,
        participants: [{ attendance: ['present', 'absent'] }, { attendance: ['present', null] }],
      }).attendance_rate,
      0.6667,
    );
    assert.strictEqual(sessionFigures({ participants: [{ attendance: [null] }] }).attendance_rate, null);
    assert.strictEqual(sessionFigures({}).capacity, null);
  });

  it('mission: ordered, planned (cancelled excluded) and done, kind by kind', () => {
    const f = missionFigures(
      {
        ordered: [
          { kind: 'workshop', count: 6 },
          { kind: 'welcome-webinar', count: 1 },
        ],
      },
      [
        { kind: 'workshop', status: 'done' },
        { kind: 'workshop', status: 'planned' },
        { kind: 'workshop', status: 'cancelled' },
        { kind: 'welcome-webinar', status: 'done' },
      ],
    );
    assert.deepStrictEqual([f.ordered, f.planned, f.done], [7, 3, 2]);
    assert.deepStrictEqual(
      f.by_kind.find((k) => k.kind === 'workshop'),
      { kind: 'workshop', ordered: 6, planned: 2, done: 1 },
    );
  });

  it('stats of a workspace follow shared/format.md', async () => {
    const s = computeStats(await openWorkspace(readFixture('base')));
    assert.deepStrictEqual(
      s.quotes.map((q) => [q.id, q.number, q.status, q.total_ht, q.total_vat, q.total_ttc, q.recurring]),
      [['quote-a', 'D-2026-001', 'accepted', 1400, 280, 1680, null]],
    );
    assert.deepStrictEqual(
      s.sessions.map((x) => [x.id, x.status, x.participants, x.capacity, x.attendance_rate]),
      [
        ['session-a', 'done', 2, 3, 0.75],
        ['session-b', 'planned', 0, null, null],
      ],
    );
    assert.deepStrictEqual(
      s.missions.map((m) => [m.id, m.status, m.ordered, m.planned, m.done]),
      [['mission-a', 'open', 2, 2, 1]],
    );
  });
});
