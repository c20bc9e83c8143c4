/** `atelier stats` prints the dashboard's figures: JSON per format.md plus `summary`, and a terminal summary. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { atelier, copyToTemp, ROOT } from './run';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'dashboard');
const stats = (...args: string[]) => atelier(['stats', '--workspace', FIXTURE, '--today', '2026-11-23', ...args]);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('atelier stats: the dashboard figures', () => {
  it('JSON has the revenue per sales channel, net of commission, the recurring part apart, to the cent', async () => {
    const r = await stats('--format', 'json');
    assert.strictEqual(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    const none = { recurring: null, recurring_by_period: [] };
    const weekly = (gross_ht: number, commission_ht: number, net_ht: number) => {
      const week = { period: 'week', gross_ht, commission_ht, net_ht };
      return { recurring: week, recurring_by_period: [week] };
    };
    assert.deepStrictEqual(s.channels, [
      // client-a: q1 (three lines of 33.333 € = 100.00 €) and q8 (168.00 €), no commission.
      { channel: 'catalogue', count: 2, commission_rate: 0, gross_ht: 268, commission_ht: 0, net_ht: 268, ...none },
      // client-b: 20 % of 800.00 € one-off, and apart 20 % of 1 500.00 € a week.
      {
        channel: 'marketplace',
        count: 1,
        commission_rate: 0.2,
        gross_ht: 800,
        commission_ht: 160,
        net_ht: 640,
        ...weekly(1500, 300, 1200),
      },
    ]);
    assert.deepStrictEqual(s.channels_total, {
      channel: 'total',
      count: 3,
      commission_rate: null,
      gross_ht: 1068,
      commission_ht: 160,
      net_ht: 908,
      ...weekly(1500, 300, 1200),
    });
    // A period narrows it to the quotes accepted in it; a client's own commission overrides its channel's.
    const period = JSON.parse((await stats('--format', 'json', '--from', '2026-03-01', '--to', '2026-03-31')).stdout);
    assert.deepStrictEqual(
      period.channels.map((c: { channel: string; net_ht: number }) => [c.channel, c.net_ht]),
      [['marketplace', 640]],
    );
    const dir = copyToTemp(FIXTURE);
    const b = path.join(dir, 'clients', 'client-b.md');
    fs.writeFileSync(
      b,
      fs.readFileSync(b, 'utf8').replace('channel: marketplace', 'channel: marketplace\ncommission: 0.155'),
    );
    const own = JSON.parse(
      (await atelier(['stats', '--workspace', dir, '--today', '2026-11-23', '--format', 'json'])).stdout,
    );
    assert.deepStrictEqual(
      own.channels.find((c: { channel: string }) => c.channel === 'marketplace'),
      {
        channel: 'marketplace',
        count: 1,
        commission_rate: 0.155,
        gross_ht: 800,
        commission_ht: 124,
        net_ht: 676,
        ...weekly(1500, 232.5, 1267.5),
      },
    );
  });

  it('text shows the revenue per channel with its commission and net', async () => {
    const r = await stats();
    assert.strictEqual(r.status, 0, r.stderr);
    const out = plain(r.stdout);
    assert.match(out, /Chiffre d’affaires par canal de vente \(Brut → Commission → Net, HT\)/);
    assert.match(out, /Catalogue \(0 %\) +268,00 € − 0,00 € = 268,00 €\n/);
    assert.match(
      out,
      /Place de marché \(20 %\) +800,00 € − 160,00 € = 640,00 € \+ 1 500,00 € − 300,00 € = 1 200,00 € \/ semaine\n/,
    );
    assert.match(out, /Total +1 068,00 € − 160,00 € = 908,00 € \+ 1 500,00 € − 300,00 € = 1 200,00 € \/ semaine\n/);
  });

  it('JSON keeps the shape format.md requires and adds the dashboard sections under "summary"', async () => {
    const r = await stats('--format', 'json');
    assert.strictEqual(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    for (const q of s.quotes)
      for (const k of ['id', 'number', 'status', 'total_ht', 'total_vat', 'total_ttc', 'recurring'])
        assert.ok(k in q, k);
    for (const x of s.sessions)
      for (const k of ['id', 'status', 'participants', 'capacity', 'attendance_rate']) assert.ok(k in x, k);
    for (const m of s.missions) for (const k of ['id', 'status', 'ordered', 'planned', 'done']) assert.ok(k in m, k);
    assert.deepStrictEqual(s.quotes.find((q: { id: string }) => q.id === 'q1').total_ht, 100);
    const sum = s.summary;
    assert.deepStrictEqual(
      sum.quotes.by_status.find((x: { status: string }) => x.status === 'accepted'),
      {
        status: 'accepted',
        count: 3,
        total_ht: 1068,
        total_ttc: 1281.6,
        recurring: [{ period: 'week', total_ht: 1500, total_ttc: 1800 }],
      },
    );
    assert.deepStrictEqual(sum.quotes.conversion, { accepted: 3, decided: 5, rate: 0.6 });
    assert.deepStrictEqual(
      sum.quotes.accepted_by_month
        .filter((m: { count: number }) => m.count)
        .map((m: { month: string; quotes: string[] }) => [m.month, m.quotes]),
      [
        ['2026-01', ['q1']],
        ['2026-03', ['q2']],
        ['2026-09', ['q8']],
      ],
    );
    assert.deepStrictEqual(
      sum.quotes.expiring.map((e: { id: string }) => e.id),
      ['q7', 'q5'],
    );
    assert.deepStrictEqual(sum.missions.retributions, [
      { mission: 'm-beta', sessions: ['s-beta-1', 's-beta-2'], now: true, from: '2026-11-23' },
      { mission: 'm-alpha', sessions: ['s-alpha-1'], now: false, from: '2026-12-01' },
    ]);
    assert.deepStrictEqual(sum.missions.ready_to_close, ['m-gamma']);
    assert.deepStrictEqual(
      sum.sessions.upcoming.map((u: { id: string; fill_rate: number }) => [u.id, u.fill_rate]),
      [
        ['s-alpha-2', 0.2],
        ['s-inter', 0.1],
      ],
    );
    assert.deepStrictEqual(sum.sessions.past_planned, ['s-oublie']);
    assert.strictEqual(sum.todos.length, 14);
    assert.deepStrictEqual(sum.problems, { errors: 1, warnings: 1, infos: 0 });
  });

  it('filters by client, programme and period, like the dashboard', async () => {
    const s = JSON.parse((await stats('--format', 'json', '--client', 'client-a', '--from', '2026-09-01')).stdout);
    assert.deepStrictEqual(s.filters, { from: '2026-09-01', client: 'client-a' });
    assert.deepStrictEqual(
      s.quotes.map((q: { id: string }) => q.id),
      ['q5', 'q8'],
    );
    assert.deepStrictEqual(
      s.missions.map((m: { id: string }) => m.id),
      ['m-alpha'],
    );
    const p = JSON.parse((await stats('--format', 'json', '--programme', 'prog-b')).stdout);
    assert.deepStrictEqual(
      p.summary.sessions.upcoming.map((u: { id: string }) => u.id),
      ['s-inter'],
    );
  });

  it('refuses a filter it cannot apply instead of printing nothing', async () => {
    const r = await stats('--client', 'nobody');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /aucune fiche client avec l'identifiant « nobody »/);
    assert.strictEqual((await stats('--from', '2026-9-1')).status, 2);
  });

  it('refuses a period that ends before it starts', async () => {
    const r = await stats('--from', '2026-10-01', '--to', '2026-09-30');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /--from 2026-10-01 is after --to 2026-09-30/);
    assert.strictEqual(r.stdout, '');
    assert.strictEqual(
      (await stats('--from', '2026-10-01', '--to', '2026-10-01')).status,
      0,
      'a one-day period is fine',
    );
  });

  it('prints a readable summary in the workspace language', async () => {
    const r = await stats();
    assert.strictEqual(r.status, 0, r.stderr);
    const out = plain(r.stdout);
    for (const line of [
      'Tableau de bord — Coopérative Tableau — Chiffres au 2026-11-23',
      '  accepté         3      1 068,00 € HT + 1 500,00 € HT / semaine · 1 281,60 € TTC + 1 800,00 € TTC / semaine',
      '  Taux de transformation : 60 % (3 acceptés sur 5 tranchés)',
      '  m-beta: s-beta-1, s-beta-2 — à demander maintenant',
      '  m-gamma (1 session)',
      'Problèmes : 1 erreur, 1 avertissement, 0 info',
    ])
      assert.ok(out.includes(line), `missing: ${line}\n${out}`);
  });

  it('says every status, amount and recurring part in the workspace language, French or English', async () => {
    const fr = plain((await stats()).stdout);
    for (const line of [
      '  D-2026-002     accepté    800,00 € HT + 1 500,00 € HT / semaine · 960,00 € TTC + 1 800,00 € TTC / semaine',
      '  D-2026-004     expiré     500,00 € HT · 600,00 € TTC',
      '  m-alpha                          ouverte   3 / 4, 2',
      '  s-alpha-1                                    réalisée   2 / 10  75 %',
      '  s-alpha-2                                    planifiée  2 / 10  —',
      '  s-alpha-3                                    annulée    0 / 10  —',
    ])
      assert.ok(fr.includes(line), `missing: ${line}\n${fr}`);
    assert.doesNotMatch(fr, / (accepted|expired|open|done|planned|cancelled) /);

    const dir = copyToTemp(FIXTURE);
    const config = path.join(dir, 'atelier.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('locale: fr', 'locale: en'));
    const en = await atelier(['stats', '--workspace', dir, '--today', '2026-11-23']);
    assert.strictEqual(en.status, 0, en.stderr);
    for (const line of [
      '  accepted        3       €1,068.00 excl. VAT + €1,500.00 excl. VAT / week · €1,281.60 incl. VAT + €1,800.00 incl. VAT / week',
      '  D-2026-002     accepted   €800.00 excl. VAT + €1,500.00 excl. VAT / week · €960.00 incl. VAT + €1,800.00 incl. VAT / week',
      '  Jan 2026          €100.00 excl. VAT · €120.00 incl. VAT (D-2026-001)',
      '  m-alpha                          open      3 / 4, 2',
      "2026-11-12 (overdue)  Purge learners' personal data — Gamma — atelier (1)",
    ])
      assert.ok(en.stdout.includes(line), `missing: ${line}\n${en.stdout}`);
    assert.doesNotMatch(en.stdout, /\b(HT|TTC)\b/);
  });

  it('under a period, lists the quotes of the period, and says so when there are none', async () => {
    const out = plain((await stats('--from', '2027-01-01')).stdout);
    assert.match(out, /\nDevis de la période\n {2}Rien à signaler\.\n/);
    assert.match(out, /\nMontant accepté par mois\n {2}Rien à signaler\.\n/);
    assert.match(
      plain((await stats('--from', '2026-11-01')).stdout),
      /\nDevis de la période\n {2}D-2026-005 +envoyé .*\n {2}D-2026-006 +brouillon .*\n\n/,
    );
    assert.match(plain((await stats()).stdout), /\nTous les devis\n {2}D-2026-001 /);
  });
});
