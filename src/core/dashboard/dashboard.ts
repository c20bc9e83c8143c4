/**
 * The dashboard model: a pure function of a loaded workspace and the filters. The webview renders
 * it and `atelier stats` prints it, so both show the same numbers.
 */
import { factsOf } from '../figures/facts';
import { computeStats, type Stats } from '../figures/stats';
import type { Workspace } from '../workspace';
import { Links } from './links';
import { missionsSection } from './missions';
import { WEBVIEW_LIMITS, type DashboardFilters, type DashboardModel, type Limits, type Link } from './model';
import { problemsSection } from './problems';
import { quotesSection } from './quotes';
import { makeScope, type Scope } from './scope';
import { sessionsSection } from './sessions';
import { todosSection } from './todos';

const collator = new Intl.Collator('fr');
const byLabel = (a: Link, b: Link) => collator.compare(a.label, b.label);

/** The records the dashboard reads, and the scope the filters give. */
export function dashboardScope(ws: Workspace, filters: DashboardFilters) {
  const [quotes, missions, sessions, programmes, clients] = (
    ['quote', 'mission', 'session', 'programme', 'client'] as const
  ).map((t) => factsOf(ws, t));
  const scope = makeScope(filters, {
    quotes,
    missions,
    sessions,
    programmeIds: new Set(programmes.map((p) => p.id)),
    clientIds: new Set(clients.map((c) => c.id)),
  });
  return { quotes, missions, sessions, programmes, clients, scope };
}

/** The per-record figures of `atelier stats` (shared/format.md) within the filters. */
export function filterStats(stats: Stats, scope: Scope): Stats {
  return {
    quotes: stats.quotes.filter((q) => scope.matches(q.id) && scope.inPeriod(q.date)),
    sessions: stats.sessions.filter((s) => scope.matches(s.id) && scope.inPeriod(s.first_date, s.last_date)),
    missions: stats.missions.filter((m) => scope.matches(m.id)),
  };
}

export function computeDashboard(
  ws: Workspace,
  filters: DashboardFilters = {},
  limits: Limits = WEBVIEW_LIMITS,
): DashboardModel {
  const today = ws.today;
  const { quotes, missions, sessions, programmes, clients, scope } = dashboardScope(ws, filters);
  const links = new Links(quotes, missions, sessions, programmes, clients);
  const options = {
    programmes: programmes.map((p) => links.get(p.id)!).sort(byLabel),
    clients: clients.map((c) => links.get(c.id)!).sort(byLabel),
  };
  const stats = computeStats(ws);
  return {
    today,
    locale: ws.locale,
    currency: ws.config.currency,
    organisation: ws.config.organisation,
    filters: scope.filters,
    options,
    quotes: quotesSection({
      stats: stats.quotes,
      data: new Map(quotes.map((q) => [q.id, q.data])),
      clients: new Map(clients.map((c) => [c.id, c.data])),
      commissions: ws.config.channels,
      scope,
      today,
      client: (id) => links.get(id),
      limits,
    }),
    missions: missionsSection({ stats: stats.missions, sessions, links, scope, today, limits }),
    sessions: sessionsSection({ stats: stats.sessions, links, scope, today, limits }),
    todos: todosSection(ws, links, scope, limits.list, limits.links),
    problems: problemsSection(ws, limits.problems),
  };
}
