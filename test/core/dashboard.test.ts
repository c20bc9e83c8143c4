/** The dashboard model, figure by figure, on test/fixtures/dashboard (today 2026-11-23). */
import * as assert from 'assert';
import { computeDashboard } from '../../src/core/dashboard/dashboard';
import { listing, NO_LIMITS } from '../../src/core/dashboard/model';
import { filteredStats, statsReport } from '../../src/core/dashboard/report';
import { paymentState, nextMonthStart } from '../../src/core/figures/retributions';
import { sessionFigures } from '../../src/core/figures/sessionFigures';
import { computeStats } from '../../src/core/figures/stats';
import type { Workspace } from '../../src/core/workspace';
import { openWorkspace, readFixture } from '../helpers/workspace';

const TODAY = '2026-11-23';
const ids = (l: { items: { id: string }[] }) => l.items.map((x) => x.id);

describe('dashboard model', () => {
  let ws: Workspace;
  // Finite work in this process (analysing the fixture): no limit, whatever else the machine does.
  before(async function () {
    this.timeout(0);
    ws = await openWorkspace(readFixture('dashboard'), TODAY);
  });

  describe('quotes', () => {
    it('counts and values by status, in flow order, each document rounded before adding up', () => {
      const q = computeDashboard(ws).quotes;
      assert.deepStrictEqual(
        q.by_status.map((s) => [s.status, s.count, s.total_ht, s.total_ttc]),
        [
          ['draft', 1, 1234.56, 1481.47], // VAT 246.912 → 246.91
          ['validated', 1, 300, 360],
          ['sent', 1, 2500, 3000],
          ['accepted', 3, 1068, 1281.6], // 100.00 (3 × 33.333, not 3 × 33.33) + 800 + 168
          ['refused', 1, 1000, 1200],
          ['expired', 1, 500, 600],
        ],
      );
      assert.deepStrictEqual(q.by_status[3].recurring, [{ period: 'week', total_ht: 1500, total_ttc: 1800 }]);
      assert.deepStrictEqual(q.list.items.find((x) => x.id === 'q1')?.total_ht, 100);
    });

    it('conversion: accepted over decided (accepted, refused, expired); null when nothing is decided', async () => {
      assert.deepStrictEqual(computeDashboard(ws).quotes.conversion, { accepted: 3, decided: 5, rate: 0.6 });
      assert.deepStrictEqual(computeDashboard(ws, { from: '2026-10-01' }).quotes.conversion, {
        accepted: 0,
        decided: 0,
        rate: null,
      });
    });

    it('value accepted per month, by date of acceptance, with the empty months between', () => {
      const months = computeDashboard(ws).quotes.accepted_by_month;
      assert.deepStrictEqual(
        months.map((m) => m.month),
        ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'],
      );
      assert.deepStrictEqual(
        months.filter((m) => m.count).map((m) => [m.month, m.total_ht, m.total_ttc, ids(m.quotes)]),
        [
          ['2026-01', 100, 120, ['q1']],
          ['2026-03', 800, 960, ['q2']], // issued in February, accepted in March
          ['2026-09', 168, 201.6, ['q8']],
        ],
      );
      assert.deepStrictEqual(
        computeDashboard(ws, { from: '2026-03-01', to: '2026-03-31' }).quotes.accepted_by_month.map((m) => m.month),
        ['2026-03'],
      );
    });

    it('expiring soon: open quotes whose validity ends within 30 days, or has ended', () => {
      assert.deepStrictEqual(
        computeDashboard(ws).quotes.expiring.items.map((e) => [e.id, e.status, e.valid_until, e.days_left]),
        [
          ['q7', 'validated', '2026-11-20', -3],
          ['q5', 'sent', '2026-11-30', 7],
        ],
      );
    });
  });

  describe('missions', () => {
    it('ordered, planned (cancelled left out) and done, per mission and per kind', () => {
      const m = computeDashboard(ws).missions;
      assert.deepStrictEqual(
        m.list.items.map((x) => [x.id, x.ordered, x.planned, x.done, x.client?.label]),
        [
          ['m-alpha', 4, 3, 2, 'Association Alpha'],
          ['m-beta', 2, 2, 2, 'SCOP Bêta'],
          ['m-gamma', 1, 1, 1, 'SCOP Bêta'],
        ],
      );
      assert.deepStrictEqual(
        m.by_kind.map((k) => [k.kind, k.ordered, k.planned, k.done, ids(k.missions)]),
        [
          ['welcome-webinar', 1, 1, 1, ['m-alpha']],
          ['workshop', 4, 3, 2, ['m-alpha', 'm-gamma']],
          ['training-day', 2, 2, 2, ['m-beta']],
        ],
      );
    });

    it('each figure leads to the sessions it counts: per mission kind by kind and done, per kind over the missions', () => {
      const m = computeDashboard(ws).missions;
      const alpha = m.list.items.find((x) => x.id === 'm-alpha')!;
      // Planned sessions (the cancelled s-alpha-3 left out), soonest first, each a file to open with its title.
      assert.deepStrictEqual(
        alpha.by_kind.map((k) => [k.kind, k.planned, ids(k.sessions)]),
        [
          ['welcome-webinar', 1, ['s-alpha-accueil']],
          ['workshop', 2, ['s-alpha-1', 's-alpha-2']],
        ],
      );
      assert.deepStrictEqual(alpha.by_kind[1].sessions.items[0], {
        id: 's-alpha-1',
        path: 'sessions/s-alpha-1.md',
        label: 'Alpha — atelier 1',
      });
      assert.deepStrictEqual([alpha.done, ids(alpha.done_sessions)], [2, ['s-alpha-1', 's-alpha-accueil']]);
      for (const row of m.list.items) {
        assert.strictEqual(row.done_sessions.count, row.done, row.id);
        for (const k of row.by_kind) assert.strictEqual(k.sessions.count, k.planned, `${row.id} ${k.kind}`);
      }
      assert.deepStrictEqual(
        m.by_kind.map((k) => [k.kind, k.planned, ids(k.sessions)]),
        [
          ['welcome-webinar', 1, ['s-alpha-accueil']],
          ['workshop', 3, ['s-alpha-1', 's-alpha-2', 's-gamma-1']],
          ['training-day', 2, ['s-beta-1', 's-beta-2']],
        ],
      );
      const cut = computeDashboard(ws, {}, { list: 10, links: 1, problems: 10 }).missions;
      assert.deepStrictEqual([cut.by_kind[1].sessions.count, ids(cut.by_kind[1].sessions)], [3, ['s-alpha-1']]);
    });

    it('retributions: ended sessions not yet requested, now or from next month (one request a month)', () => {
      assert.deepStrictEqual(
        computeDashboard(ws).missions.retributions.items.map((r) => [r.mission.id, ids(r.sessions), r.now, r.from]),
        [
          ['m-beta', ['s-beta-1', 's-beta-2'], true, TODAY],
          ['m-alpha', ['s-alpha-1'], false, '2026-12-01'], // m-alpha requested on 2026-11-13
        ],
      );
      assert.strictEqual(nextMonthStart('2026-12-31'), '2027-01-01');
      const pay = paymentState(
        { retributions: [{ requested_on: '2026-12-02', sessions: [] }] },
        [{ id: 's', data: { slots: [{ date: '2026-12-10' }] } }],
        '2026-12-10',
      );
      assert.deepStrictEqual(pay, {
        unrequested: ['s'],
        requested_this_month: true,
        next_request_on: '2027-01-01',
        ready_to_close: false,
      });
    });

    it('ready to close: every session past and paid for, not closed yet', () => {
      assert.deepStrictEqual(
        computeDashboard(ws).missions.ready_to_close.items.map((m) => [m.id, m.sessions]),
        [['m-gamma', 1]],
      );
    });
  });

  describe('sessions', () => {
    it('the next 30 days with their fill rate, cancelled ones left out', () => {
      assert.deepStrictEqual(
        computeDashboard(ws).sessions.upcoming.items.map((s) => [
          s.id,
          s.first_date,
          s.participants,
          s.capacity,
          s.fill_rate,
        ]),
        [
          ['s-alpha-2', '2026-12-01', 2, 10, 0.2],
          ['s-inter', '2026-12-10', 2, 20, 0.1],
        ],
      );
    });

    it('attendance per session and per programme: present over recorded entries', () => {
      const s = computeDashboard(ws).sessions;
      assert.deepStrictEqual(
        s.attendance.items.map((a) => [a.id, a.present, a.recorded, a.rate]),
        [
          ['s-alpha-accueil', 1, 2, 0.5],
          ['s-alpha-1', 3, 4, 0.75],
          ['s-beta-2', 1, 4, 0.25],
          ['s-beta-1', 2, 2, 1],
          ['s-gamma-1', 1, 1, 1],
        ],
      );
      assert.deepStrictEqual(
        s.by_programme.map((p) => [p.id, p.sessions, p.present, p.recorded, p.rate]),
        [
          ['prog-b', 2, 3, 6, 0.5],
          ['prog-a', 3, 5, 7, 0.7143],
        ],
      );
    });

    it('attendance per programme unfolds into the sessions it counts', () => {
      const s = computeDashboard(ws).sessions;
      assert.deepStrictEqual(
        s.by_programme.map((p) => [p.id, p.sessions, p.session_links.count, ids(p.session_links)]),
        [
          ['prog-b', 2, 2, ['s-beta-1', 's-beta-2']],
          ['prog-a', 3, 3, ['s-gamma-1', 's-alpha-1', 's-alpha-accueil']],
        ],
      );
      assert.strictEqual(s.by_programme[1].session_links.items[1].label, 'Alpha — atelier 1');
    });

    it('past sessions still planned', () => {
      assert.deepStrictEqual(
        computeDashboard(ws).sessions.past_planned.items.map((s) => [s.id, s.last_date]),
        [['s-oublie', '2026-11-16']],
      );
    });

    it('the index counts attendance as the full record does (no participant list parsed twice)', () => {
      for (const s of computeStats(ws).sessions) {
        const full = sessionFigures(ws.record(s.id, 'session')!.data);
        assert.deepStrictEqual(
          [s.participants, s.present, s.recorded, s.attendance_rate],
          [full.participants, full.present, full.recorded, full.attendance_rate],
          s.id,
        );
      }
    });
  });

  it('to do: the reminders of domain.md, due this week or overdue', () => {
    const todos = computeDashboard(ws).todos.items;
    assert.deepStrictEqual(
      todos.map((t) => [t.kind, t.id, t.due, t.overdue]),
      [
        ['convocation', 's-alpha-2', '2026-01-02', true],
        ['convocation', 's-inter', '2026-01-02', true],
        ['certificates', 's-alpha-1', '2026-11-11', true],
        ['satisfaction-survey', 's-alpha-1', '2026-11-11', true],
        ['purge-personal-data', 's-gamma-1', '2026-11-12', true],
        ['certificates', 's-alpha-accueil', '2026-11-13', true],
        ['satisfaction-survey', 's-alpha-accueil', '2026-11-13', true],
        ['session-past-planned', 's-oublie', '2026-11-16', true],
        ['activity-check', 's-alpha-accueil', '2026-11-19', true],
        ['learners-list', 'q8', TODAY, false],
        ['mission-close', 'm-gamma', TODAY, false],
        ['retribution-request', 'm-beta', TODAY, false],
        ['follow-up-mail', 'm-alpha', '2026-11-24', false],
        ['follow-up-mail', 's-oublie', '2026-11-30', false],
      ],
    );
  });

  it('to do: each row says why it is due, in the workspace language', () => {
    const todos = computeDashboard(ws).todos.items;
    const why = (kind: string) => todos.find((t) => t.kind === kind)?.why;
    assert.match(why('convocation')!, /convocation/);
    assert.match(why('purge-personal-data')!, /2026-11-12/);
    assert.ok(todos.every((t) => t.why.length > 20));
  });

  it('to do: a retribution request links the sessions to request, by title', () => {
    const todo = computeDashboard(ws).todos.items.find((t) => t.kind === 'retribution-request')!;
    assert.deepStrictEqual(todo.sessions, {
      count: 2,
      items: [
        { id: 's-beta-1', path: 'sessions/s-beta-1.md', label: 'Bêta — journée 1' },
        { id: 's-beta-2', path: 'sessions/s-beta-2.md', label: 'Bêta — journée 2 <script>alert(1)</script>' },
      ],
    });
    assert.ok(
      computeDashboard(ws)
        .todos.items.filter((t) => t.kind !== 'retribution-request')
        .every((t) => !('sessions' in t)),
    );
  });

  it('`atelier stats --format json` keeps its summary: the links behind the figures are for the page', () => {
    const sum = statsReport(ws).summary;
    assert.deepStrictEqual(Object.keys(sum.missions.by_kind[0]), ['kind', 'ordered', 'planned', 'done', 'missions']);
    assert.deepStrictEqual(Object.keys(sum.sessions.attendance_by_programme[0]), [
      'id',
      'path',
      'label',
      'sessions',
      'present',
      'recorded',
      'rate',
    ]);
    assert.ok(sum.todos.every((t) => !('sessions' in t)));
  });

  it('problems: every diagnostic, with its place, sorted by file and line', () => {
    const p = computeDashboard(ws).problems;
    assert.deepStrictEqual([p.errors, p.warnings, p.infos], [1, 1, 0]);
    assert.deepStrictEqual(
      p.rows.items.map((r) => [r.file, r.line, r.column, r.severity, r.code]),
      [
        ['clients/client-b.md', 5, 1, 'warning', 'schema.unknown'],
        ['sessions/s-beta-2.md', 15, 129, 'error', 'rule.participant-group'],
      ],
    );
  });

  describe('filters', () => {
    it('a client keeps its quotes, missions, and the sessions of its missions', () => {
      const d = computeDashboard(ws, { client: 'client-b' });
      assert.deepStrictEqual(ids(d.quotes.list), ['q6', 'q4', 'q2']);
      assert.deepStrictEqual(ids(d.missions.list), ['m-beta', 'm-gamma']);
      assert.deepStrictEqual(ids(d.sessions.attendance), ['s-beta-2', 's-beta-1', 's-gamma-1']);
      assert.deepStrictEqual(ids(d.sessions.upcoming), []);
      assert.deepStrictEqual(
        d.todos.items.map((t) => t.id),
        ['s-gamma-1', 'm-gamma', 'm-beta'],
      );
    });

    it('a programme keeps its quotes and sessions, and the missions that run it', () => {
      const d = computeDashboard(ws, { programme: 'prog-b' });
      assert.deepStrictEqual(ids(d.quotes.list), ['q5', 'q2']);
      assert.deepStrictEqual(ids(d.missions.list), ['m-beta']);
      assert.deepStrictEqual(ids(d.sessions.upcoming), ['s-inter']);
    });

    it('a period keeps the quotes dated in it and the sessions that meet it', () => {
      const d = computeDashboard(ws, { from: '2026-10-01', to: '2026-10-31' });
      assert.deepStrictEqual(ids(d.quotes.list), ['q7']);
      assert.deepStrictEqual(ids(d.sessions.attendance), ['s-beta-2', 's-beta-1']);
      assert.strictEqual(d.missions.list.count, 3, 'missions are about today');
    });

    it('drops malformed dates and unknown ids instead of emptying the page', () => {
      assert.deepStrictEqual(
        computeDashboard(ws, { from: '2026-13-45', client: 'gone', programme: 'prog-a' }).filters,
        { programme: 'prog-a' },
      );
    });

    it('`atelier stats` lists the same records as the dashboard within the filters', () => {
      const s = filteredStats(ws, { client: 'client-a', from: '2026-09-01' });
      assert.deepStrictEqual(
        s.quotes.map((q) => q.id),
        ['q5', 'q8'],
      );
      assert.deepStrictEqual(
        s.missions.map((m) => m.id),
        ['m-alpha'],
      );
      assert.deepStrictEqual(
        s.sessions.map((x) => x.id),
        ['s-alpha-1', 's-alpha-2', 's-alpha-3', 's-alpha-accueil'],
      );
    });
  });

  it('cuts long lists for the webview and says how many there are', () => {
    assert.deepStrictEqual(listing([1, 2, 3], 2), { count: 3, items: [1, 2] });
    const whole = computeDashboard(ws, {}, NO_LIMITS);
    const cut = computeDashboard(ws, {}, { list: 1, links: 1, problems: 1 });
    assert.deepStrictEqual(
      [cut.quotes.list.count, cut.quotes.list.items.length, whole.quotes.list.items.length],
      [8, 1, 8],
    );
    assert.deepStrictEqual([cut.problems.rows.count, cut.problems.rows.items.length], [2, 1]);
    assert.deepStrictEqual(cut.quotes.by_status, whole.quotes.by_status, 'figures never depend on the cut');
  });

  it('is plain JSON (it crosses the webview boundary and is printed by the CLI)', () => {
    const d = computeDashboard(ws);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(d)), d);
  });
});
