/** `atelier stats`: the dashboard figures, as JSON (shared/format.md) or a terminal summary. */
import type { DashboardModel, Listing, NetMoney, RecurringMoney } from '../core/dashboard/model';
import { oneLine } from './terminal';
import type { StatsReport } from '../core/dashboard/report';
import type { Stats } from '../core/figures/stats';
import { cliWords } from '../core/i18n/cli';
import { dashboardFormats, dashboardLabels } from '../core/i18n/dashboard';
import type { Locale } from '../core/i18n/messages';

export function formatStatsJson(report: StatsReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** A terminal shows this many rows per list; the JSON has them all. */
export const TEXT_LIMITS = { list: 15, links: 5, problems: 0 };

/** The summary a coordinator reads in a terminal: the dashboard's sections, then every quote, mission and session. */
export function formatStatsText(stats: Stats, model: DashboardModel): string {
  const locale: Locale = model.locale;
  const l = dashboardLabels(locale);
  const f = dashboardFormats(locale, model.currency);
  const w = cliWords(locale);
  const out: string[] = [];
  const rows = <T>(list: Listing<T>, line: (item: T) => string) => {
    if (!list.count) out.push(`  ${l.nothing}`);
    for (const item of list.items) out.push(`  ${line(item)}`);
    if (list.count > list.items.length) out.push(`  … ${l.more(list.count - list.items.length)}`);
  };
  const filters = Object.entries(model.filters).map(([k, v]) => `${k}=${v}`);
  out.push(
    `${l.title} — ${model.organisation || '—'} — ${l.asOf(model.today)}${filters.length ? ` (${filters.join(', ')})` : ''}`,
    '',
  );

  const q = model.quotes;
  out.push(l.quotes);
  // A recurring part after each amount, in its own words: "+ 600,00 € HT / semaine", "+ 720,00 € TTC / semaine".
  const recurring = (list: readonly RecurringMoney[], key: 'total_ht' | 'total_ttc') =>
    list.map((r) => ` + ${f.money(r[key])} ${key === 'total_ht' ? l.ht : l.ttc} / ${l.perPeriod[r.period]}`).join('');
  for (const s of q.by_status) {
    out.push(
      `  ${(l.quoteStatuses[s.status] ?? s.status).padEnd(12)} ${String(s.count).padStart(4)}  ${f.money(s.total_ht).padStart(14)} ${l.ht}${recurring(s.recurring, 'total_ht')} · ${f.money(s.total_ttc)} ${l.ttc}${recurring(s.recurring, 'total_ttc')}`,
    );
  }
  out.push(
    `  ${l.conversion}${w.colon}${f.percent(q.conversion.rate)} (${l.conversionDetail(q.conversion.accepted, q.conversion.decided)})`,
  );
  out.push('', `${l.acceptedByMonth}`);
  if (!q.accepted_by_month.some((m) => m.count)) out.push(`  ${l.nothing}`);
  for (const m of q.accepted_by_month)
    if (m.count)
      out.push(
        `  ${f.month(m.month).padEnd(10)} ${f.money(m.total_ht).padStart(14)} ${l.ht} · ${f.money(m.total_ttc)} ${l.ttc} (${m.quotes.items.map((x) => x.label).join(', ')})`,
      );
  out.push('', `${l.byChannel} (${l.gross} → ${l.commission} → ${l.net}, ${l.ht})`);
  if (!q.by_channel.length) out.push(`  ${l.nothing}`);
  for (const c of [...q.by_channel, ...(q.by_channel.length ? [q.channel_total] : [])]) {
    const rate = c.commission_rate === null ? '' : ` (${f.percent(c.commission_rate)})`;
    const net = (x: NetMoney) => `${f.money(x.gross_ht)} − ${f.money(x.commission_ht)} = ${f.money(x.net_ht)}`;
    out.push(
      `  ${`${l.channelNames[c.channel] ?? c.channel}${rate}`.padEnd(24)} ${net(c)}${c.recurring.map((r) => ` + ${net(r)} / ${l.perPeriod[r.period]}`).join('')}`,
    );
  }
  out.push('', l.expiring);
  rows(
    q.expiring,
    (e) =>
      `${e.label.padEnd(14)} ${(l.quoteStatuses[e.status] ?? e.status).padEnd(10)} ${e.valid_until}  ${l.daysLeft(e.days_left)}`,
  );
  // Under a period, the quotes dated in it (as the dashboard's "quotes of the period").
  out.push('', model.filters.from || model.filters.to ? l.quoteList : w.everyQuote);
  if (!stats.quotes.length) out.push(`  ${l.nothing}`);
  for (const x of stats.quotes) {
    const status = x.status ? (l.quoteStatuses[x.status] ?? x.status) : '?';
    out.push(
      `  ${(x.number ?? x.id).padEnd(14)} ${status.padEnd(10)} ${f.money(x.total_ht)} ${l.ht}${recurring(x.recurring_by_period, 'total_ht')} · ${f.money(x.total_ttc)} ${l.ttc}${recurring(x.recurring_by_period, 'total_ttc')}`,
    );
  }

  const mi = model.missions;
  out.push('', `${l.missions} (${l.planned.toLowerCase()} / ${l.ordered.toLowerCase()}, ${l.done.toLowerCase()})`);
  if (!stats.missions.length) out.push(`  ${l.nothing}`);
  for (const m of stats.missions)
    out.push(
      `  ${m.id.padEnd(32)} ${(m.status ? (l.missionStatuses[m.status] ?? m.status) : '?').padEnd(9)} ${m.planned} / ${m.ordered}, ${m.done}`,
    );
  out.push('', l.byKind);
  for (const k of mi.by_kind)
    out.push(
      `  ${(l.kinds[k.kind] ?? k.kind).padEnd(30)} ${l.ordered} ${k.ordered} · ${l.planned} ${k.planned} · ${l.done} ${k.done}`,
    );
  out.push('', l.retributions);
  rows(
    mi.retributions,
    (r) =>
      `${r.mission.id}: ${r.sessions.items.map((s) => s.id).join(', ')} — ${r.now ? l.retributionNow : l.retributionFrom(r.from)}`,
  );
  out.push('', l.readyToClose);
  rows(mi.ready_to_close, (m) => `${m.id} (${l.sessionsCount(m.sessions)})`);

  const se = model.sessions;
  out.push('', `${l.upcoming} (${l.participants} / ${l.capacity}, ${l.fillRate})`);
  rows(
    se.upcoming,
    (s) =>
      `${s.first_date}  ${s.label.slice(0, 60).padEnd(60)} ${s.participants} / ${s.capacity ?? '—'}  ${f.percent(s.fill_rate)}`,
  );
  out.push('', l.attendanceByProgramme);
  if (!se.by_programme.length) out.push(`  ${l.nothing}`);
  for (const p of se.by_programme)
    out.push(
      `  ${p.label.slice(0, 60).padEnd(60)} ${f.percent(p.rate).padStart(5)}  (${l.presentOfRecorded(p.present, p.recorded)})`,
    );
  out.push('', l.pastPlanned);
  rows(se.past_planned, (s) => `${s.last_date}  ${s.id}`);
  out.push('', w.sessionsHeading);
  if (!stats.sessions.length) out.push(`  ${l.nothing}`);
  for (const s of stats.sessions)
    out.push(
      `  ${s.id.padEnd(44)} ${(s.status ? (l.sessionStatuses[s.status] ?? s.status) : '?').padEnd(10)} ${s.participants} / ${s.capacity ?? '—'}  ${f.percent(s.attendance_rate)}`,
    );

  out.push('', l.todos);
  rows(
    model.todos,
    (t) => `${t.due}${t.overdue ? ` (${l.overdue})` : ''}  ${l.todoKinds[t.kind]} — ${t.detail || t.label}`,
  );
  out.push(
    '',
    `${l.problems}${w.colon}${l.problemCounts(model.problems.errors, model.problems.warnings, model.problems.infos)}`,
  );
  return out.map(oneLine).join('\n') + '\n';
}
