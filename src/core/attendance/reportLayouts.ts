/**
 * The participant reports of video-call services, recognised by their header row. Each service's
 * columns come from its documented export:
 * - Zoom, "Meeting participants" report (web portal, Reports > Usage > Participants): `Name (Original
 *   Name)`, `User Email`, `Join Time`, `Leave Time`, `Duration (Minutes)`, `Guest`… one row per
 *   connection, after an optional meeting section;
 * - Microsoft Teams, attendance report: a summary section, then `Participants` (`Name`, `First Join`,
 *   `Last Leave`, `In-Meeting Duration`, `Email`, `Role`: one row per person) and `In-Meeting
 *   Activities` (`Name`, `Join Time`, `Leave Time`, `Duration`, `Email`, `Role`: one row per
 *   connection, preferred when present); often UTF-16 with tabs;
 * - BigBlueButton, the learning dashboard's "Download session data": `Name`, `Moderator`, `Activity
 *   Score`…, `Join`, `Left`, `Duration`: one row per person (first join, last leave, time connected).
 */
import { parseDuration, parseReportTime, type TimeContext } from './reportTimes';

export type ReportLayout = 'zoom' | 'teams' | 'teams-summary' | 'bigbluebutton';

/** One row of the file as the CSV reader gave it: its 1-based line and cells. */
export interface ReportRow {
  line: number;
  cells: readonly string[];
}

/** One connection of the report: [start, end] in wall-clock minutes. */
export interface Connection {
  line: number;
  /** The name as written in the report. */
  name: string;
  /** Other names the row gives (Zoom's original name, a name without its "(Guest)"). */
  aliases: string[];
  email?: string;
  start: number;
  end: number;
  /**
   * For the layouts that give one row per person (first join, last leave): the minutes actually
   * connected, which caps the time counted inside [start, end].
   */
  connected?: number;
}

type Field = 'name' | 'email' | 'join' | 'leave' | 'duration' | 'role' | 'moderator';

interface LayoutSpec {
  layout: ReportLayout;
  /** Header names of each field (lowercase); the first is the one the service writes. */
  columns: Partial<Record<Field, readonly string[]>>;
  required: readonly Field[];
  /** One row per person: the duration caps the time between first join and last leave. */
  summary: boolean;
  durationInMinutes: boolean;
}

// In order of preference: a Teams file with both sections is read from its per-connection one.
const LAYOUTS: readonly LayoutSpec[] = [
  {
    layout: 'zoom',
    columns: {
      name: ['name (original name)', 'name', 'participant'],
      email: ['user email', 'email'],
      join: ['join time'],
      leave: ['leave time'],
      duration: ['duration (minutes)', 'duration (mins)'],
    },
    required: ['name', 'join', 'leave', 'duration'],
    summary: false,
    durationInMinutes: true,
  },
  {
    layout: 'teams',
    columns: {
      name: ['name', 'full name'],
      email: ['email'],
      join: ['join time'],
      leave: ['leave time'],
      duration: ['duration'],
      role: ['role'],
    },
    required: ['name', 'join', 'leave', 'role'],
    summary: false,
    durationInMinutes: false,
  },
  {
    layout: 'teams-summary',
    columns: {
      name: ['name', 'full name'],
      email: ['email'],
      join: ['first join'],
      leave: ['last leave'],
      duration: ['in-meeting duration'],
      role: ['role'],
    },
    required: ['name', 'join', 'leave', 'duration'],
    summary: true,
    durationInMinutes: false,
  },
  {
    layout: 'bigbluebutton',
    columns: {
      name: ['name'],
      moderator: ['moderator'],
      join: ['join'],
      leave: ['left'],
      duration: ['duration'],
    },
    required: ['name', 'moderator', 'join', 'leave', 'duration'],
    summary: true,
    durationInMinutes: false,
  },
];

/** The columns each layout expects, as the service writes them: what a refusal lists. */
export const EXPECTED_COLUMNS: Readonly<Record<ReportLayout, readonly string[]>> = {
  zoom: ['Name (Original Name)', 'User Email', 'Join Time', 'Leave Time', 'Duration (Minutes)'],
  teams: ['Name', 'Join Time', 'Leave Time', 'Duration', 'Email', 'Role'],
  'teams-summary': ['Name', 'First Join', 'Last Leave', 'In-Meeting Duration', 'Email', 'Role'],
  bigbluebutton: ['Name', 'Moderator', 'Join', 'Left', 'Duration'],
};

const header = (cell: string) =>
  cell
    .replace(/^\ufeff/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Where each field is in a header row, when the row is this layout's header. */
function columnsOf(spec: LayoutSpec, cells: readonly string[]): Partial<Record<Field, number>> | undefined {
  const names = cells.map(header);
  const at: Partial<Record<Field, number>> = {};
  for (const [field, options] of Object.entries(spec.columns) as [Field, readonly string[]][]) {
    const i = options.map((o) => names.indexOf(o)).find((x) => x >= 0);
    if (i !== undefined) at[field] = i;
  }
  return spec.required.every((f) => at[f] !== undefined) ? at : undefined;
}

export interface ReadReport {
  layout: ReportLayout;
  connections: Connection[];
  /** Rows of the section that are not a connection (a time that cannot be read): line and cell. */
  unreadable: { line: number; value: string }[];
}

export type ReportReading = { ok: true; report: ReadReport } | { ok: false; firstRow: readonly string[] };

/** The layout of a report and its connections; `ok: false` when no header row is one Atelier knows. */
export function readReport(rows: readonly ReportRow[], ctx: TimeContext): ReportReading {
  for (const spec of LAYOUTS)
    for (let r = 0; r < rows.length; r++) {
      const at = columnsOf(spec, rows[r].cells);
      if (at) return { ok: true, report: readSection(spec, at, rows.slice(r + 1), ctx) };
    }
  return { ok: false, firstRow: rows.find((r) => r.cells.some((c) => c.trim()))?.cells ?? [] };
}

function readSection(
  spec: LayoutSpec,
  at: Partial<Record<Field, number>>,
  rows: readonly ReportRow[],
  ctx: TimeContext,
): ReadReport {
  const connections: Connection[] = [];
  const unreadable: { line: number; value: string }[] = [];
  const cell = (row: ReportRow, f: Field) => (at[f] === undefined ? '' : (row.cells[at[f]] ?? '').trim());
  for (const row of rows) {
    // The section ends at a title row ("3. In-Meeting Activities") or another header.
    if (row.cells.filter((c) => c.trim()).length < 3) break;
    if (LAYOUTS.some((s) => columnsOf(s, row.cells))) break;
    const name = cell(row, 'name');
    const joinText = cell(row, 'join');
    const start = parseReportTime(joinText, ctx);
    const leaveText = cell(row, 'leave');
    const end = parseReportTime(leaveText, ctx);
    if (start === undefined || end === undefined || end < start) {
      unreadable.push({ line: row.line, value: start === undefined ? joinText : leaveText });
      continue;
    }
    const email = cell(row, 'email').toLowerCase();
    const c: Connection = { line: row.line, name, aliases: aliasesOf(name), start, end };
    if (email.includes('@')) c.email = email;
    if (spec.summary) {
      const d = parseDuration(cell(row, 'duration'), spec.durationInMinutes);
      if (d !== undefined) c.connected = d;
    }
    connections.push(c);
  }
  return { layout: spec.layout, connections, unreadable };
}

/** "Anne D (Anne Durand)" → "Anne D", "Anne Durand"; "Paul Roux (Guest)" → "Paul Roux", "Guest". */
function aliasesOf(name: string): string[] {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(name);
  return m ? [m[1], m[2]].filter((s) => s.trim()) : [];
}
