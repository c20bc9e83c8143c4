/**
 * The dashboard webview in headless Chromium, on the dashboard fixture (today 2026-11-23): the
 * numbers shown are the core's (and `atelier stats`'s), filters narrow them, links open files,
 * workspace strings stay inert, and it reads well in light and dark themes (screenshots).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { computeDashboard } from '../../src/core/dashboard/dashboard';
import { statsReport } from '../../src/core/dashboard/report';
import { dashboardFormats } from '../../src/core/i18n/dashboard';
import { wrapLabel } from '../../src/webview/dashboard/charts';
import { openWorkspace, readFixture } from '../helpers/workspace';
import { bundleWebview, startHarness, type Harness } from './harness';

const TODAY = '2026-11-23';
const SHOTS = path.join(__dirname, '..', '..', 'dist-test');
const f = dashboardFormats('fr', 'EUR');
/** Relative luminance of a CSS rgb() colour (WCAG). */
function luminance(css: string): number {
  // rgb(59, 59, 59), or color(srgb 0.23 0.46 0.21) for a color-mix()
  const scale = css.startsWith('color(') ? 1 : 255;
  const [r, g, b] = (css.match(/\d*\.?\d+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / scale;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Intl writes narrow no-break spaces in French numbers; compare with plain spaces. */
const plain = (s: string | null) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('dashboard webview (Chromium)', function () {
  this.timeout(60_000);
  let h: Harness;
  let assets: { js: string; css: string };

  const rows = (figure: string) =>
    h.page
      .locator(`[data-figure="${figure}"] tbody tr`)
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.innerText)));
  const text = async (selector: string) => plain(await h.page.locator(selector).first().textContent());
  const renders = async () => Number(await h.page.evaluate(() => document.body.dataset.renders ?? 0));

  // Bundling, launching Chromium and the first render take what a busy machine makes them take: no
  // mocha limit on these hooks (each step has its own: Playwright's launch and navigation timeouts).
  before(async function () {
    this.timeout(0);
    assets = await bundleWebview();
    h = await startHarness(await openWorkspace(readFixture('dashboard'), TODAY), assets);
    await h.open('light');
  });
  after(async function () {
    this.timeout(0);
    await h?.close();
  });

  it('shows the figures the core computes, the same as `atelier stats --format json`', async () => {
    const report = statsReport(h.workspace);
    const byStatus = (await rows('quotes-by-status')).map((r) => r.map(plain));
    const statusWords: Record<string, string> = {
      draft: 'brouillon',
      validated: 'validé',
      sent: 'envoyé',
      accepted: 'accepté',
      refused: 'refusé',
      expired: 'expiré',
    };
    assert.deepStrictEqual(
      byStatus,
      report.summary.quotes.by_status.map((s) => [
        statusWords[s.status],
        String(s.count),
        plain([f.money(s.total_ht), ...s.recurring.map((r) => ` + ${f.money(r.total_ht)} / semaine`)].join('')),
        plain([f.money(s.total_ttc), ...s.recurring.map((r) => ` + ${f.money(r.total_ttc)} / semaine`)].join('')),
      ]),
    );
    // To the cent: three lines of 33.333 € make 100.00 € HT (not 99.99 €); sums of rounded documents. TTC has its recurring part too.
    assert.deepStrictEqual(
      byStatus.find((r) => r[0] === 'accepté'),
      ['accepté', '3', '1 068,00 € + 1 500,00 € / semaine', '1 281,60 € + 1 800,00 € / semaine'],
    );
    assert.deepStrictEqual(
      byStatus.find((r) => r[0] === 'brouillon'),
      ['brouillon', '1', '1 234,56 €', '1 481,47 €'],
    );
    assert.strictEqual(await text('[data-figure="conversion"]'), '60 %');
    // Revenue per channel, net of commission, the same numbers as `atelier stats --format json`.
    const money = (
      x: { gross_ht: number },
      key: 'gross_ht' | 'commission_ht' | 'net_ht',
      rec: (typeof report.channels)[number]['recurring_by_period'],
    ) =>
      plain(
        [f.money((x as Record<string, number>)[key]), ...rec.map((r) => ` + ${f.money(r[key])} / semaine`)].join(''),
      );
    assert.deepStrictEqual(
      (await rows('revenue-by-channel')).map((r) => r.map(plain)),
      [...report.channels, report.channels_total].map((c) => [
        c.channel === 'total'
          ? 'Total'
          : `${{ catalogue: 'Catalogue', marketplace: 'Place de marché' }[c.channel]} (${plain(f.percent(c.commission_rate))})`,
        String(c.count),
        money(c, 'gross_ht', c.recurring_by_period),
        money(c, 'commission_ht', c.recurring_by_period),
        money(c, 'net_ht', c.recurring_by_period),
      ]),
    );
    assert.deepStrictEqual(
      (await rows('revenue-by-channel')).map((r) => r.map(plain)),
      [
        ['Catalogue (0 %)', '2', '268,00 €', '0,00 €', '268,00 €'],
        [
          'Place de marché (20 %)',
          '1',
          '800,00 € + 1 500,00 € / semaine',
          '160,00 € + 300,00 € / semaine',
          '640,00 € + 1 200,00 € / semaine',
        ],
        [
          'Total',
          '3',
          '1 068,00 € + 1 500,00 € / semaine',
          '160,00 € + 300,00 € / semaine',
          '908,00 € + 1 200,00 € / semaine',
        ],
      ],
    );
    assert.deepStrictEqual(
      (await rows('accepted-by-month')).map((r) => r.map(plain)),
      [
        ['janv. 2026', '1', '100,00 €', '120,00 €'],
        ['mars 2026', '1', '800,00 €', '960,00 €'],
        ['sept. 2026', '1', '168,00 €', '201,60 €'],
      ],
    );
    assert.deepStrictEqual(
      (await rows('expiring')).map((r) => [r[0], plain(r[3])]),
      [
        ['D-2026-007', 'expiré depuis 3 jours'],
        ['D-2026-005', 'encore 7 jours'],
      ],
    );
    assert.deepStrictEqual(
      (await rows('missions-by-kind')).map((r) => r.map(plain)),
      report.summary.missions.by_kind.map((k) => [
        { 'welcome-webinar': "webinaire d'accueil", workshop: 'atelier', 'training-day': 'journée de formation' }[
          k.kind
        ],
        String(k.ordered),
        String(k.planned),
        String(k.done),
      ]),
    );
    assert.deepStrictEqual(
      (await rows('missions')).map((r) => [r[0], plain(r[3]), r[5]]),
      [
        ['m-alpha', '3 / 4', '2'],
        ['m-beta', '2 / 2', '2'],
        ['m-gamma', '1 / 1', '1'],
      ],
    );
    const retributions = await h.page.locator('[data-figure="retributions"] > li').allInnerTexts();
    assert.deepStrictEqual(retributions.map(plain), [
      'm-beta — 2 sessions — à demander maintenant',
      'm-alpha — 1 session — prochaine demande à partir du 2026-12-01 (une par mois)',
    ]);
    assert.deepStrictEqual((await h.page.locator('[data-figure="ready-to-close"] > li').allInnerTexts()).map(plain), [
      'm-gamma (1 session)',
    ]);
    assert.deepStrictEqual(
      (await rows('upcoming')).map((r) => [r[0], r[1], plain(r[4]), plain(r[5])]),
      [
        ['2026-12-01', 'Alpha — atelier 2', '2 / 10', '20 %'],
        ['2026-12-10', 'Inter — consentement à Nantes', '2 / 20', '10 %'],
      ],
    );
    assert.deepStrictEqual(
      (await rows('attendance-by-programme')).map((r) => [r[0], r[1], plain(r[2])]),
      report.summary.sessions.attendance_by_programme.map((p) => [
        p.label,
        String(p.sessions),
        plain(f.percent(p.rate)),
      ]),
    );
    assert.deepStrictEqual(
      (await rows('attendance')).map((r) => [r[1], plain(r[2])]),
      report.sessions
        .filter((s) => s.recorded)
        .sort((a, b) => (b.first_date! < a.first_date! ? -1 : 1))
        .map((s) => [s.title, plain(f.percent(s.attendance_rate))]),
    );
    assert.deepStrictEqual(await h.page.locator('[data-figure="past-planned"] > li a').allInnerTexts(), [
      'Atelier passé resté planifié',
    ]);
    const todos = (await rows('todos')).map((r) => [plain(r[0]), r[1]]);
    assert.deepStrictEqual(
      todos,
      report.summary.todos.map((t) => [
        t.overdue ? `${t.due} (en retard)` : t.due,
        {
          'activity-check': "Vérifier l'activité du groupe",
          'follow-up-mail': 'Envoyer le courriel de relance',
          'learners-list': 'Récupérer la liste des apprenant·es',
          'purge-personal-data': 'Supprimer les données des apprenant·es',
          'retribution-request': 'Demander les rétributions',
          'mission-close': 'Clôturer la mission',
          'session-past-planned': 'Session passée encore planifiée',
          'directory-check': 'Envoyer la vérification annuelle des coordonnées',
          convocation: 'Envoyer la convocation et le test de positionnement',
          'satisfaction-survey': 'Envoyer le questionnaire de satisfaction',
          certificates: 'Établir les attestations de présence',
          'closing-webinar': 'Planifier le webinaire de clôture',
        }[t.kind],
      ]),
    );
    for (const kind of [
      "Vérifier l'activité du groupe",
      'Envoyer le courriel de relance',
      'Récupérer la liste des apprenant·es',
      'Supprimer les données des apprenant·es',
    ])
      assert.ok(
        todos.some((t) => t[1] === kind),
        kind,
      );
    assert.strictEqual(await text('[data-figure="problem-counts"]'), '1 erreur, 1 avertissement, 0 info');
    assert.strictEqual(await text('[data-card="sold"] .value'), plain(f.money(1068)));
    assert.strictEqual(await text('[data-card="todo"] .value'), String(report.summary.todos.length));
  });

  it('narrows the figures to a client and a period, as `atelier stats --client --from` does', async () => {
    const n = await renders();
    await h.page.selectOption('#filter-client', 'client-a');
    await h.rendered(n + 1);
    const numbers = async () => (await rows('quote-list')).map((r) => r[0]);
    assert.deepStrictEqual(await numbers(), ['D-2026-005', 'D-2026-008', 'D-2026-003', 'D-2026-001']);
    assert.deepStrictEqual(
      await numbers(),
      computeDashboard(h.workspace, { client: 'client-a' }).quotes.list.items.map((q) => q.label),
    );
    assert.strictEqual(await text('[data-figure="conversion"]'), '67 %'); // 2 accepted of 3 decided
    await h.page.fill('#filter-from', '2026-09-01');
    await h.page.dispatchEvent('#filter-from', 'change');
    await h.rendered(n + 2);
    assert.deepStrictEqual(await numbers(), ['D-2026-005', 'D-2026-008']);
    assert.strictEqual(await h.page.inputValue('#filter-period'), 'custom');
    assert.deepStrictEqual(h.messages.at(-2), { type: 'filters', filters: { client: 'client-a', from: '2026-09-01' } });
    await h.page.click('#reset-filters');
    await h.rendered(n + 3);
    assert.strictEqual((await numbers()).length, 8);
  });

  it('writes a recurring part the same way in every table, HT and TTC', async () => {
    const q2 = (await rows('quote-list')).find((r) => r[0] === 'D-2026-002')!.map(plain);
    assert.deepStrictEqual(q2.slice(4), ['800,00 € + 1 500,00 € / semaine', '960,00 € + 1 800,00 € / semaine']);
    const accepted = (await rows('quotes-by-status')).find((r) => r[0] === 'accepté')!.map(plain);
    assert.deepStrictEqual(accepted.slice(2), [
      '1 068,00 € + 1 500,00 € / semaine',
      '1 281,60 € + 1 800,00 € / semaine',
    ]);
  });

  it('unfolds every count into the records it counts, each opening its file', async () => {
    const opens = async (scope: string, summaries: string[], link: string, path: string) => {
      let at = h.page.locator(scope);
      for (const s of summaries) {
        const details = at.locator('details', { has: h.page.locator(':scope > summary', { hasText: s }) }).first();
        await details.locator(':scope > summary').click();
        at = details;
      }
      await at.locator('a.file-link', { hasText: link }).first().click();
      assert.deepStrictEqual(h.messages.at(-1), { type: 'open', path }, `${scope} ${summaries.join(' › ')} › ${link}`);
    };
    const alpha = '[data-figure="missions"] tbody tr:has(a:text-is("m-alpha"))';
    // Planned / ordered, kind by kind: the sessions planned (not the cancelled one).
    await opens(`${alpha} td:nth-child(4)`, ['3 / 4', 'atelier'], 'Alpha — atelier 2', 'sessions/s-alpha-2.md');
    assert.strictEqual(await h.page.locator(`${alpha} td:nth-child(4) a`, { hasText: 'annulé' }).count(), 0);
    // Done: the sessions done.
    await opens(`${alpha} td:nth-child(6)`, ['2'], "Alpha — webinaire d'accueil", 'sessions/s-alpha-accueil.md');
    assert.deepStrictEqual(await h.page.locator(`${alpha} td:nth-child(6) a`).allInnerTexts(), [
      'Alpha — atelier 1',
      "Alpha — webinaire d'accueil",
    ]);
    // Per session kind: the sessions, across the missions.
    await opens('[data-figure="missions-by-kind"]', ['atelier'], 'Gamma — atelier', 'sessions/s-gamma-1.md');
    assert.deepStrictEqual(
      await h.page.locator('[data-figure="missions-by-kind"] tr:has(summary:text-is("atelier")) a').allInnerTexts(),
      ['Alpha — atelier 1', 'Alpha — atelier 2', 'Gamma — atelier'],
    );
    // Attendance per programme: the sessions counted.
    await opens(
      '[data-figure="attendance-by-programme"] tr:has(a:text-is("Décider par consentement"))',
      ['2'],
      'Bêta — journée 1',
      'sessions/s-beta-1.md',
    );
    // The retribution to-do: the sessions to request, by title, not their ids.
    const todo = h.page.locator('[data-figure="todos"] tr', { hasText: 'Demander les rétributions' });
    assert.deepStrictEqual(await todo.locator('td:nth-child(4) a.file-link').allInnerTexts(), [
      'Bêta — journée 1',
      'Bêta — journée 2 <script>alert(1)</script>',
    ]);
    assert.ok(!(await todo.innerText()).includes('s-beta-1'));
    await todo.locator('a.file-link', { hasText: 'Bêta — journée 2' }).click();
    assert.deepStrictEqual(h.messages.at(-1), { type: 'open', path: 'sessions/s-beta-2.md' });
  });

  it('keeps long programme labels whole beside their bars at 1280 and 760 px: wrapped, or cut at the end', async () => {
    const long = 'Intelligence collective — décider par consentement, en présentiel et à distance';
    const prog = readFixture('dashboard')['programmes/prog-b.md'] as string;
    await h.workspace.update('programmes/prog-b.md', prog.replace('title: Décider par consentement', `title: ${long}`));
    try {
      for (const width of [1280, 760]) {
        await h.page.setViewportSize({ width, height: 900 });
        const n = await renders();
        await h.push();
        await h.rendered(n + 1);
        await h.page.waitForTimeout(100); // Chart.js follows the new width on its resize observer
        // Chart.js draws a label too wide for its axis past the canvas's left edge: ink in the first columns.
        const ink = await h.page
          .locator('#sessions .block:has([data-figure="attendance-by-programme"]) canvas')
          .evaluate((c: HTMLCanvasElement) => {
            const { data } = c.getContext('2d')!.getImageData(0, 0, 2, c.height);
            return data.filter((_, i) => i % 4 === 3 && data[i] > 0).length;
          });
        assert.strictEqual(ink, 0, `${width} px: a label runs past the left edge`);
        assert.strictEqual(
          await h.page.locator('[data-figure="attendance-by-programme"] a', { hasText: long }).count(),
          1,
          'the table keeps the whole title',
        );
      }
    } finally {
      await h.workspace.update('programmes/prog-b.md', prog);
      await h.page.setViewportSize({ width: 1280, height: 900 });
      await h.push();
    }
    // Words wrap onto a second line; what does not fit ends with an ellipsis, never cut at the start.
    const chars = (t: string) => t.length * 7;
    assert.deepStrictEqual(wrapLabel('Se réunir autrement', 200, chars), 'Se réunir autrement');
    assert.deepStrictEqual(wrapLabel('Intelligence collective — décider par consentement', 200, chars), [
      'Intelligence collective —',
      'décider par consentement',
    ]);
    assert.deepStrictEqual(wrapLabel(long, 200, chars), ['Intelligence collective —', 'décider par consentement, e…']);
    assert.deepStrictEqual(wrapLabel('Anticonstitutionnellement', 70, chars), 'Anticonst…');
  });

  it('keeps dates and quote numbers on one line in a narrow panel (420 px)', async () => {
    await h.page.setViewportSize({ width: 420, height: 900 });
    try {
      const n = await renders();
      await h.push();
      await h.rendered(n + 1);
      // Each cell whose text is a date or a quote number: how many lines its text takes.
      const broken = await h.page.locator('td').evaluateAll((tds) =>
        tds
          .filter((td) => /^(\d{4}-\d{2}-\d{2}|D-\d{4}-\d{3})/.test((td.textContent ?? '').trim()))
          .map((td) => {
            const range = document.createRange();
            range.selectNodeContents(td);
            const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
            return { text: (td.textContent ?? '').trim(), lines: tops.size };
          })
          .filter((c) => c.lines > 1),
      );
      assert.deepStrictEqual(broken, []);
    } finally {
      await h.page.setViewportSize({ width: 1280, height: 900 });
      await h.push();
    }
  });

  it('opens the file behind a figure, and a problem at its line and column', async () => {
    await h.page.locator('[data-figure="quote-list"] a', { hasText: 'D-2026-002' }).click();
    assert.deepStrictEqual(h.messages.at(-1), { type: 'open', path: 'quotes/q2.md' });
    await h.page.locator('[data-figure="upcoming"] a').first().click();
    assert.deepStrictEqual(h.messages.at(-1), { type: 'open', path: 'sessions/s-alpha-2.md' });
    await h.page.locator('[data-figure="problems"] a', { hasText: 'sessions/s-beta-2.md' }).click();
    assert.deepStrictEqual(h.messages.at(-1), { type: 'open', path: 'sessions/s-beta-2.md', line: 15, column: 129 });
  });

  it('sorts the problems table by a column, and back', async () => {
    const severities = async () => (await rows('problems')).map((r) => r[0]);
    assert.deepStrictEqual(await severities(), ['avertissement', 'erreur']); // by file: clients/ before sessions/
    await h.page.click('[data-sort="severity"]');
    assert.deepStrictEqual(await severities(), ['erreur', 'avertissement']);
    await h.page.click('[data-sort="severity"]');
    assert.deepStrictEqual(await severities(), ['avertissement', 'erreur']);
    assert.strictEqual(await h.page.getAttribute('[data-sort="severity"]', 'data-sort'), 'severity');
    await h.page.click('[data-sort="file"]');
  });

  it('keeps an injection payload in the workspace inert: it renders as text', async () => {
    const dialogs: string[] = [];
    h.page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    const body = plain(await h.page.locator('body').textContent());
    assert.ok(body.includes('<img src=x onerror=alert(1)>'), 'the client name is shown as text');
    assert.ok(body.includes('<script>alert(1)</script>'), 'the session title is shown as text');
    assert.ok(body.includes('« <img src=x onerror=alert(2)> »'), 'the problem message is shown as text');
    assert.strictEqual(await h.page.locator('img').count(), 0);
    assert.strictEqual(await h.page.locator('script').count(), 1);
    assert.deepStrictEqual(dialogs, []);
    assert.deepStrictEqual(h.violations, [], 'nothing was blocked by the CSP: nothing tried to run');
  });

  it('updates when a record changes, and keeps its filters across a reload', async () => {
    const q6 = readFixture('dashboard')['quotes/q6.md'] as string;
    await h.workspace.update('quotes/q6.md', q6.replace('status: draft', 'status: sent\napprovals: [coop-a, coop-b]'));
    const n = await renders();
    await h.push();
    await h.rendered(n + 1);
    assert.deepStrictEqual((await rows('quotes-by-status')).find((r) => r[0] === 'envoyé')?.slice(0, 2), [
      'envoyé',
      '2',
    ]);
    await h.workspace.update('quotes/q6.md', q6);

    await h.page.selectOption('#filter-client', 'client-b');
    await h.rendered(n + 2);
    await h.page.reload();
    await h.rendered();
    assert.strictEqual(await h.page.inputValue('#filter-client'), 'client-b');
    assert.deepStrictEqual(h.messages.filter((m) => m.type === 'ready').at(-1), {
      type: 'ready',
      filters: { client: 'client-b' },
    });
    await h.page.click('#reset-filters');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`reads well in the ${theme} theme (screenshot dist-test/dashboard-${theme}.png)`, async () => {
      await h.open(theme);
      // The heading and table text contrast with the background (WCAG AA, 4.5:1).
      const colours = await h.page.evaluate(
        (selectors) => [
          getComputedStyle(document.body).backgroundColor,
          ...selectors.map((q) => getComputedStyle(document.querySelector(q)!).color),
        ],
        [
          'h1',
          'td',
          'a.file-link',
          '.card .label',
          '[data-figure="todos"] .warn',
          '[data-figure="retributions"] .ok',
          '.badge.warning',
        ],
      );
      const [bg, ...fgs] = colours.map(luminance);
      const ratios = fgs.map((fg) => (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05));
      // Overdue dates, "can be requested now" and warning badges too, not only the body text.
      assert.ok(
        Math.min(...ratios) >= 4.5,
        `contrast ${ratios.map((r) => r.toFixed(2)).join(', ')} (${colours.join(', ')})`,
      );
      // Charts are drawn (not blank) with the theme's colours.
      const painted = await h.page
        .locator('canvas')
        .evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).toDataURL().length));
      assert.ok(painted.length >= 4 && painted.every((n) => n > 5000), `canvas sizes ${painted.join(', ')}`);
      fs.mkdirSync(SHOTS, { recursive: true });
      await h.page.screenshot({ path: path.join(SHOTS, `dashboard-${theme}.png`), fullPage: true });
    });
  }

  it('speaks English in an English workspace', async () => {
    const files = readFixture('dashboard');
    files['atelier.yaml'] = (files['atelier.yaml'] as string).replace('locale: fr', 'locale: en');
    const en = await startHarness(await openWorkspace(files, TODAY), assets);
    try {
      await en.open();
      assert.strictEqual(await en.page.locator('h1').evaluate((e) => e.firstChild?.textContent), 'Dashboard');
      assert.deepStrictEqual(
        (await en.page.locator('[data-figure="quotes-by-status"] tbody tr td:first-child').allInnerTexts()).slice(0, 3),
        ['draft', 'validated', 'sent'],
      );
      assert.strictEqual(plain(await en.page.locator('[data-figure="conversion"]').textContent()), '60%');
    } finally {
      await en.close();
    }
  });
});
