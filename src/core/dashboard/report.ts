/**
 * `atelier stats --format json`: the per-record figures format.md requires (quotes, sessions,
 * missions), then the dashboard's sections under `summary`, whole (no list is cut), within the filters.
 */
import { computeStats, type Stats } from '../figures/stats';
import type { Workspace } from '../workspace';
import { computeDashboard, dashboardScope, filterStats } from './dashboard';
import { NO_LIMITS, type ChannelRevenue, type DashboardFilters, type DashboardModel, type NetMoney } from './model';

/** A channel's revenue as `stats --format json` prints it (shared/format.md): the one-off part, the recurring part apart. */
export interface ChannelStat extends NetMoney {
  channel: string;
  count: number;
  commission_rate: number | null;
  /** The first recurring period (week before month), null when none; every period in `recurring_by_period`. */
  recurring: (NetMoney & { period: 'week' | 'month' }) | null;
  recurring_by_period: (NetMoney & { period: 'week' | 'month' })[];
}

export interface StatsReport extends Stats {
  /** Quotes accepted in the period, per sales channel, net of commission. */
  channels: ChannelStat[];
  /** The same over every channel. */
  channels_total: ChannelStat;
  today: string;
  filters: DashboardFilters;
  summary: {
    quotes: Omit<
      DashboardModel['quotes'],
      'list' | 'expiring' | 'accepted_by_month' | 'by_channel' | 'channel_total'
    > & {
      accepted_by_month: (Omit<DashboardModel['quotes']['accepted_by_month'][number], 'quotes'> & {
        quotes: string[];
      })[];
      expiring: DashboardModel['quotes']['expiring']['items'];
    };
    missions: {
      by_kind: (Omit<DashboardModel['missions']['by_kind'][number], 'missions' | 'sessions'> & {
        missions: string[];
      })[];
      retributions: { mission: string; sessions: string[]; now: boolean; from: string }[];
      ready_to_close: string[];
    };
    sessions: {
      upcoming: DashboardModel['sessions']['upcoming']['items'];
      attendance_by_programme: Omit<DashboardModel['sessions']['by_programme'][number], 'session_links'>[];
      past_planned: string[];
    };
    todos: Omit<DashboardModel['todos']['items'][number], 'sessions'>[];
    problems: { errors: number; warnings: number; infos: number };
  };
}

/** The per-record figures within the filters. */
export function filteredStats(ws: Workspace, filters: DashboardFilters): Stats {
  return filterStats(computeStats(ws), dashboardScope(ws, filters).scope);
}

export function statsReport(ws: Workspace, filters: DashboardFilters = {}): StatsReport {
  const m = computeDashboard(ws, filters, NO_LIMITS);
  const ids = (links: { items: { id: string }[] }) => links.items.map((l) => l.id);
  return {
    ...filteredStats(ws, m.filters),
    channels: m.quotes.by_channel.map(channelStat),
    channels_total: channelStat(m.quotes.channel_total),
    today: m.today,
    filters: m.filters,
    summary: {
      quotes: {
        by_status: m.quotes.by_status,
        conversion: m.quotes.conversion,
        accepted_by_month: m.quotes.accepted_by_month.map((x) => ({ ...x, quotes: ids(x.quotes) })),
        expiring: m.quotes.expiring.items,
      },
      missions: {
        by_kind: m.missions.by_kind.map(({ sessions: _sessions, ...k }) => ({ ...k, missions: ids(k.missions) })),
        retributions: m.missions.retributions.items.map((r) => ({
          mission: r.mission.id,
          sessions: ids(r.sessions),
          now: r.now,
          from: r.from,
        })),
        ready_to_close: ids(m.missions.ready_to_close),
      },
      // The links behind the figures are for the page; the summary keeps the shape the README documents.
      sessions: {
        upcoming: m.sessions.upcoming.items,
        attendance_by_programme: m.sessions.by_programme.map(({ session_links: _links, ...p }) => p),
        past_planned: ids(m.sessions.past_planned),
      },
      todos: m.todos.items.map(({ sessions: _sessions, ...t }) => t),
      problems: { errors: m.problems.errors, warnings: m.problems.warnings, infos: m.problems.infos },
    },
  };
}

function channelStat({ recurring, ...row }: ChannelRevenue): ChannelStat {
  return { ...row, recurring: recurring[0] ?? null, recurring_by_period: recurring };
}
