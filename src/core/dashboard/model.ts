/**
 * The dashboard model: what the webview shows and `atelier stats` prints, as plain JSON
 * (it crosses the webview boundary by postMessage and is printed as is).
 */
import type { Severity } from '../diagnostics';
import type { Locale } from '../i18n/messages';
import type { TodoKind } from '../figures/todos';

/** What the coordinator narrows the dashboard to; every field is optional. */
export interface DashboardFilters {
  /** First day of the period (YYYY-MM-DD), inclusive. */
  from?: string;
  /** Last day of the period (YYYY-MM-DD), inclusive. */
  to?: string;
  /** A programme id. */
  programme?: string;
  /** A client id. */
  client?: string;
}

/** A long list cut to the first `limit` items; `count` says how many there are in all. */
export interface Listing<T> {
  count: number;
  items: T[];
}

/** A record behind a figure: the file to open. */
export interface Link {
  id: string;
  path: string;
  label: string;
}

export interface Money {
  total_ht: number;
  total_ttc: number;
}

export interface RecurringMoney extends Money {
  period: 'week' | 'month';
}

export interface QuoteRow extends Link, Money {
  number: string | null;
  status: string | null;
  client: Link | null;
  date: string | null;
  valid_until: string | null;
  recurring: RecurringMoney[];
}

export interface StatusTotal extends Money {
  status: string;
  count: number;
  recurring: RecurringMoney[];
}

export interface MonthTotal extends Money {
  /** YYYY-MM */
  month: string;
  count: number;
  quotes: Listing<Link>;
}

export interface ExpiringQuote extends Link {
  status: string;
  valid_until: string;
  /** Days from today to the end of validity; negative when it has passed. */
  days_left: number;
  total_ttc: number;
}

/** Revenue before and after a channel's commission, excluding tax. */
export interface NetMoney {
  gross_ht: number;
  commission_ht: number;
  net_ht: number;
}

/** What one sales channel brought in the period (accepted quotes), net of its commission. */
export interface ChannelRevenue extends NetMoney {
  /** catalogue | marketplace | direct | partner, "none" for clients without a channel, "total" for the total row. */
  channel: string;
  /** Accepted quotes counted. */
  count: number;
  /** The commission rate of every quote of the row; null when they differ (a client's own) or for the total. */
  commission_rate: number | null;
  /** The recurring parts, apart, per period (week before month). */
  recurring: (NetMoney & { period: 'week' | 'month' })[];
}

export interface QuotesSection {
  /** Every status of the flow, in flow order, even when empty. */
  by_status: StatusTotal[];
  /** accepted / decided, decided being accepted + refused + expired; null when nothing is decided. */
  conversion: { accepted: number; decided: number; rate: number | null };
  /** One-off value of the quotes accepted in the period, by month of acceptance. */
  accepted_by_month: MonthTotal[];
  /** Open quotes (draft, validated, sent) whose validity ends within EXPIRY_DAYS, or has ended. */
  expiring: Listing<ExpiringQuote>;
  /** The quotes of the period, newest first. */
  list: Listing<QuoteRow>;
  /** Quotes accepted in the period, by sales channel: gross, commission and net, excluding tax. */
  by_channel: ChannelRevenue[];
  channel_total: ChannelRevenue;
}

export interface KindFigures {
  kind: string;
  ordered: number;
  planned: number;
  done: number;
}

export interface MissionRow extends Link {
  status: string | null;
  client: Link | null;
  ordered: number;
  planned: number;
  done: number;
  /** Each kind with the sessions planned (not cancelled) for it. */
  by_kind: (KindFigures & { sessions: Listing<Link> })[];
  /** The sessions done. */
  done_sessions: Listing<Link>;
}

export interface RetributionRow {
  mission: Link;
  /** Ended sessions not in any request yet. */
  sessions: Listing<Link>;
  /** False when the mission already made its request this month. */
  now: boolean;
  /** Today, or the first day of next month. */
  from: string;
}

export interface MissionsSection {
  /** Open missions first. */
  list: Listing<MissionRow>;
  /** Ordered / planned / done, kind by kind, over every mission within the filters; `sessions` are the planned ones counted. */
  by_kind: (KindFigures & { missions: Listing<Link>; sessions: Listing<Link> })[];
  retributions: Listing<RetributionRow>;
  ready_to_close: Listing<Link & { sessions: number }>;
}

export interface UpcomingSession extends Link {
  kind: string | null;
  status: string | null;
  first_date: string;
  last_date: string;
  participants: number;
  capacity: number | null;
  /** participants / capacity; null without a capacity. */
  fill_rate: number | null;
}

export interface AttendanceRow extends Link {
  first_date: string | null;
  programme: string | null;
  present: number;
  recorded: number;
  rate: number | null;
}

export interface ProgrammeAttendance extends Link {
  sessions: number;
  /** The sessions counted. */
  session_links: Listing<Link>;
  present: number;
  recorded: number;
  rate: number | null;
}

export interface SessionsSection {
  /** Not cancelled, running within the next UPCOMING_DAYS days, soonest first. */
  upcoming: Listing<UpcomingSession>;
  /** Sessions of the period with recorded attendance, latest first. */
  attendance: Listing<AttendanceRow>;
  by_programme: ProgrammeAttendance[];
  /** Sessions whose last day is past and still `planned`. */
  past_planned: Listing<Link & { last_date: string }>;
}

export interface TodoRow extends Link {
  kind: TodoKind;
  due: string;
  overdue: boolean;
  detail: string;
  /** Why it is due, in the workspace language (the kind's tooltip). */
  why: string;
  /** The sessions it is about (retribution requests). */
  sessions?: Listing<Link>;
}

export interface ProblemRow {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
}

export interface ProblemsSection {
  errors: number;
  warnings: number;
  infos: number;
  /** Sorted by file and line. */
  rows: Listing<ProblemRow>;
}

export interface DashboardModel {
  today: string;
  locale: Locale;
  currency: string;
  organisation: string;
  /** The filters actually applied (unknown ids and malformed dates dropped). */
  filters: DashboardFilters;
  options: { programmes: Link[]; clients: Link[] };
  quotes: QuotesSection;
  missions: MissionsSection;
  sessions: SessionsSection;
  todos: Listing<TodoRow>;
  problems: ProblemsSection;
}

/** Open quotes whose validity ends within this many days are "expiring soon". */
export const EXPIRY_DAYS = 30;
/** "Upcoming" sessions run within this many days from today. */
export const UPCOMING_DAYS = 30;
/** Lists are cut for the webview: a table of 7,000 rows helps nobody and slows the first paint. */
export const LIST_LIMIT = 100;
/** The records listed behind one aggregate figure (a month, a kind). */
export const LINKS_LIMIT = 20;

/** How long lists may be: cut for the webview, whole for `atelier stats --format json`. */
export interface Limits {
  list: number;
  links: number;
  problems: number;
}

export const WEBVIEW_LIMITS: Limits = { list: LIST_LIMIT, links: LINKS_LIMIT, problems: 1000 };
export const NO_LIMITS: Limits = { list: Infinity, links: Infinity, problems: Infinity };

/** Cuts a list to `limit` items, keeping the full count. */
export function listing<T>(items: readonly T[], limit: number): Listing<T> {
  return { count: items.length, items: items.length > limit ? items.slice(0, limit) : [...items] };
}
