/**
 * From the connections of one or more reports to attendance: per participant and slot, the minutes
 * connected inside the slot (the connections clipped to it, overlapping ones — two devices — counted
 * once), first connection and last disconnection, and the presence: present when connected for at
 * least `threshold` of the slot, else absent (an `excused` already recorded stays). A slot no
 * connection of the reports touches is not covered: its attendance is left as it was.
 */
import { isMap, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import { editFrontMatter, parse, scalarText } from '../edit/frontMatterEdit';
import { applyEdits, diffEdit, type TextEdit } from '../edit/textEdit';
import { isObject, list, slotsOf, text, type Data } from '../records';
import { PeopleIndex, type Person } from './matchConnections';
import type { Connection, ReadReport } from './reportLayouts';
import { slotMinutes } from './reportTimes';

export type Presence = 'present' | 'absent' | 'excused' | null;

/** One report file read, with what identifies it. */
export interface ReportSource {
  file: string;
  sha256: string;
  report: ReadReport;
}

export interface PlanSlot {
  /** Index in the record's `slots`. */
  index: number;
  date: string;
  start: string;
  end: string;
  /** Planned minutes. */
  minutes: number;
  /** The report files with a connection inside the slot: none, the slot is not covered. */
  sources: string[];
}

export interface SlotAttendance {
  slot: number;
  /** Minutes connected inside the slot. */
  connected: number;
  /** First connection and last disconnection among the connections that touch the slot (wall-clock minutes). */
  first?: number;
  last?: number;
  before: Presence;
  /** What the reports give; for a slot not covered, what was recorded. */
  after: Presence;
}

export interface ParticipantAttendance {
  /** Index in the record's `participants`. */
  index: number;
  person: Person;
  connections: number;
  slots: SlotAttendance[];
}

export interface UnmatchedConnection extends Connection {
  file: string;
}

export interface AttendancePlan {
  threshold: number;
  /** Slots in chronological order. */
  slots: PlanSlot[];
  participants: ParticipantAttendance[];
  facilitators: { person: Person; connections: number }[];
  unmatched: UnmatchedConnection[];
  /** Whether some recorded attendance changes. */
  changed: boolean;
}

function personOf(p: Data): Person {
  return { first_name: text(p.first_name) ?? '', last_name: text(p.last_name) ?? '', email: text(p.email) ?? '' };
}

function presenceOf(v: unknown): Presence {
  return v === 'present' || v === 'absent' || v === 'excused' ? v : null;
}

/** Minutes of [from, to] covered by the union of `intervals`. */
function coveredMinutes(intervals: readonly Connection[], from: number, to: number): number {
  const clipped = intervals
    .map((c) => [Math.max(c.start, from), Math.min(c.end, to), c.connected] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let capped = 0;
  let end = -Infinity;
  for (const [a, b, connected] of clipped) {
    // A one-row-per-person report: between first join and last leave, no more than the time connected.
    if (connected !== undefined) capped += Math.min(b - a, connected);
    else if (b > end) {
      total += b - Math.max(a, end);
      end = b;
    }
  }
  return Math.min(to - from, total + capped);
}

export function attendancePlan(
  session: Data,
  facilitators: readonly Person[],
  sources: readonly ReportSource[],
  threshold: number,
): AttendancePlan {
  const raw = list(session.participants);
  const entries = raw.flatMap((p, index) => (isObject(p) ? [{ index, data: p, person: personOf(p) }] : []));
  const index = new PeopleIndex(
    entries.map((e) => e.person),
    facilitators,
  );
  const slots: PlanSlot[] = slotsOf(session)
    .filter((s): s is typeof s & { start: string; end: string } => Boolean(s.start && s.end))
    .map((s) => ({ index: s.index, date: s.date, start: s.start, end: s.end, minutes: 0, sources: [] as string[] }))
    .sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  const bounds = slots.map((s) => [slotMinutes(s.date, s.start), slotMinutes(s.date, s.end)] as const);
  slots.forEach((s, i) => (s.minutes = bounds[i][1] - bounds[i][0]));

  const byParticipant = entries.map(() => [] as Connection[]);
  const byFacilitator = facilitators.map(() => 0);
  const unmatched: UnmatchedConnection[] = [];
  for (const source of sources)
    for (const c of source.report.connections) {
      slots.forEach((s, i) => {
        if (c.end > bounds[i][0] && c.start < bounds[i][1] && !s.sources.includes(source.file))
          s.sources.push(source.file);
      });
      const m = index.find(c);
      if (m.kind === 'participant') byParticipant[m.index].push(c);
      else if (m.kind === 'facilitator') byFacilitator[m.index]++;
      else unmatched.push({ ...c, file: source.file });
    }

  let changed = false;
  const participants = entries.map((e, k) => {
    const mine = byParticipant[k];
    const recorded = list(e.data.attendance);
    const slotResults = slots.map((s, i): SlotAttendance => {
      const before = presenceOf(recorded[s.index]);
      const [from, to] = bounds[i];
      const touching = mine.filter((c) => c.end > from && c.start < to);
      const connected = coveredMinutes(touching, from, to);
      const result: SlotAttendance = { slot: s.index, connected, before, after: before };
      if (touching.length) {
        result.first = Math.min(...touching.map((c) => c.start));
        result.last = Math.max(...touching.map((c) => c.end));
      }
      if (s.sources.length) {
        // A little slack for seconds rounded in the report.
        const present = s.minutes > 0 && connected + 1e-6 >= threshold * s.minutes;
        result.after = present ? 'present' : before === 'excused' ? 'excused' : 'absent';
      }
      if (result.after !== before) changed = true;
      return result;
    });
    return { index: e.index, person: e.person, connections: mine.length, slots: slotResults };
  });
  return {
    threshold,
    slots,
    participants,
    facilitators: facilitators.map((person, i) => ({ person, connections: byFacilitator[i] })),
    unmatched,
    changed,
  };
}

/**
 * The edit that writes the plan's attendance into the session file; undefined when nothing changes.
 * A recorded value is replaced where it is written (its list's style and comment kept); a missing or
 * short list is written through the YAML document.
 */
export function attendanceEdit(text: string, plan: AttendancePlan, slotCount: number): TextEdit | undefined {
  if (!plan.changed) return undefined;
  const parsed = parse(text);
  if (!parsed) return undefined;
  const participants = parsed.doc.get('participants', true);
  const inPlace: TextEdit[] = [];
  const rest: ParticipantAttendance[] = [];
  for (const p of plan.participants) {
    const changes = p.slots.filter((s) => s.after !== s.before);
    if (!changes.length) continue;
    const item = isSeq(participants) ? participants.items[p.index] : undefined;
    const current = isMap(item) ? item.get('attendance', true) : undefined;
    const scalars = isSeq(current) && current.items.length === slotCount ? current.items : undefined;
    if (!scalars?.every((x) => isScalar(x) && x.range)) {
      rest.push(p);
      continue;
    }
    for (const s of changes) {
      const node = scalars[s.slot] as Scalar;
      const [start, end] = node.range as unknown as [number, number];
      inPlace.push({
        start: parsed.fm.start + start,
        end: parsed.fm.start + end,
        newText: scalarText(s.after, node.type),
      });
    }
  }
  let next = applyEdits(text, inPlace);
  if (rest.length) {
    const more = editFrontMatter(next, (doc) => writeAttendance(doc, rest, slotCount));
    if (more) next = applyEdits(next, [more]);
  }
  return diffEdit(text, next);
}

function writeAttendance(doc: Document, people: readonly ParticipantAttendance[], slotCount: number): void {
  const seq = doc.get('participants', true);
  if (!isSeq(seq)) return;
  for (const p of people) {
    const item = seq.items[p.index];
    if (!isMap(item)) continue;
    const current = item.get('attendance', true);
    const values: Presence[] = Array.from({ length: slotCount }, (_, i) => {
      const v = isSeq(current) ? current.items[i] : undefined;
      return presenceOf(isScalar(v) ? v.value : v);
    });
    for (const s of p.slots) values[s.slot] = s.after;
    if (isSeq(current)) {
      // Changed in place: the list keeps its style (`[present, absent]` or a block) and its comment.
      values.forEach((v, i) => {
        const old = current.items[i];
        if (isScalar(old)) old.value = v;
        else current.items[i] = doc.createNode(v);
      });
      current.items.length = values.length;
    } else item.set('attendance', doc.createNode(values, { flow: true }));
  }
}
