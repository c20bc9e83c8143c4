/** The figures the VS Code views show, computed in the core: session calendar, quotes by status, labels, retention. */
import * as assert from 'assert';
import { quotesByStatus } from '../../src/core/dashboard/quotes';
import { sessionCalendar } from '../../src/core/figures/sessionCalendar';
import type { QuoteStat } from '../../src/core/figures/stats';
import { isOverdue } from '../../src/core/figures/todos';
import { addMonths, labelOf } from '../../src/core/records';
import { ACCESS_MONTHS, accessEnds } from '../../src/core/retention';

const session = (id: string, first: string | null, last: string | null = first) => ({
  id,
  first_date: first,
  last_date: last,
});

const quote = (id: string, status: string | null, ttc: number, weekly?: number): QuoteStat => ({
  id,
  path: `quotes/${id}.md`,
  number: id.toUpperCase(),
  status,
  client: 'c',
  date: '2026-01-01',
  total_ht: ttc / 1.2,
  total_vat: ttc - ttc / 1.2,
  total_ttc: ttc,
  recurring: null,
  recurring_by_period:
    weekly === undefined ? [] : [{ period: 'week', total_ht: weekly / 1.2, total_vat: 0, total_ttc: weekly }],
});

describe('figures of the views', () => {
  it('sorts sessions into this week, upcoming and past months', () => {
    const today = '2026-03-10';
    const c = sessionCalendar(
      [
        session('a-running', '2026-03-02', '2026-03-10'),
        session('b-in-a-week', '2026-03-17'),
        session('c-later', '2026-03-18'),
        session('d-yesterday', '2026-03-09'),
        session('e-february', '2026-02-03'),
        session('f-february-too', '2026-02-20'),
        session('g-no-dates', null),
        session('h-same-day', '2026-03-17'),
      ],
      today,
    );
    assert.deepStrictEqual(
      c.this_week.map((s) => s.id),
      ['a-running', 'b-in-a-week', 'h-same-day'],
    );
    assert.deepStrictEqual(
      c.upcoming.map((s) => s.id),
      ['c-later'],
    );
    assert.deepStrictEqual(
      c.past.map((m) => [m.month, m.sessions.map((s) => s.id)]),
      [
        ['2026-03', ['d-yesterday']],
        ['2026-02', ['f-february-too', 'e-february']],
        ['????-??', ['g-no-dates']],
      ],
    );
    assert.strictEqual(c.past_count, 4);
  });

  it('groups quotes by status in flow order with their totals, other statuses after', () => {
    const groups = quotesByStatus([
      quote('q1', 'sent', 120.1),
      quote('q2', 'draft', 60),
      quote('q3', 'sent', 240.2, 30),
      quote('q4', 'odd', 12),
      quote('q5', null, 1),
    ]);
    assert.deepStrictEqual(
      groups.map((g) => [
        g.status,
        g.count,
        g.total_ttc,
        g.recurring.map((r) => r.total_ttc),
        g.quotes.map((q) => q.id),
      ]),
      [
        ['draft', 1, 60, [], ['q2']],
        ['validated', 0, 0, [], []],
        ['sent', 2, 360.3, [30], ['q1', 'q3']],
        ['accepted', 0, 0, [], []],
        ['refused', 0, 0, [], []],
        ['expired', 0, 0, [], []],
        ['odd', 1, 12, [], ['q4']],
        ['?', 1, 1, [], ['q5']],
      ],
    );
  });

  it('labels a record by title, name, number, else first and last name', () => {
    assert.strictEqual(labelOf({ title: 'T', name: 'N' }), 'T');
    assert.strictEqual(labelOf({ name: 'N', number: 'D-1' }), 'N');
    assert.strictEqual(labelOf({ number: 'D-1' }), 'D-1');
    assert.strictEqual(labelOf({ first_name: 'Anne', last_name: 'Durand' }), 'Anne Durand');
    assert.strictEqual(labelOf({ title: 2026, name: 'N' }), 'N');
    assert.strictEqual(labelOf({}), undefined);
    assert.strictEqual(labelOf(undefined), undefined);
  });

  it('access ends 6 months after the last day, clamped to the month end (rule 8)', () => {
    assert.strictEqual(ACCESS_MONTHS, 6);
    assert.strictEqual(accessEnds('2026-08-31'), '2027-02-28');
    assert.strictEqual(accessEnds('2027-08-31'), '2028-02-29');
    assert.strictEqual(addMonths('2026-03-31', -1), '2026-02-28');
    assert.strictEqual(addMonths('2026-01-15', -13), '2024-12-15');
  });

  it('a to-do is overdue once its day has passed', () => {
    assert.strictEqual(isOverdue({ due: '2026-03-09' }, '2026-03-10'), true);
    assert.strictEqual(isOverdue({ due: '2026-03-10' }, '2026-03-10'), false);
  });
});
