/** Per-session figures: participants, capacity, attendance rate. */
import { isObject, list, num, type Data } from '../records';

export interface SessionFigures {
  participants: number;
  capacity: number | null;
  /** Present entries over recorded ones (present, absent, excused); null when none is recorded. */
  attendance_rate: number | null;
  present: number;
  recorded: number;
}

/** Attendance entries of a session: present ones and recorded ones (present, absent, excused). */
export interface AttendanceTally {
  present: number;
  recorded: number;
}

export function attendanceTally(session: Data): AttendanceTally {
  let present = 0;
  let recorded = 0;
  for (const p of list(session.participants)) {
    if (!isObject(p)) continue;
    for (const a of list(p.attendance)) {
      if (a === 'present' || a === 'absent' || a === 'excused') recorded++;
      if (a === 'present') present++;
    }
  }
  return { present, recorded };
}

/** A rate between 0 and 1 rounded to 4 decimals; null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole ? Math.round((part / whole) * 10000) / 10000 : null;
}

/** Figures from counts (the index keeps counts, not participant lists). */
export function figuresFromCounts(capacity: unknown, participants: number, tally: AttendanceTally): SessionFigures {
  return {
    participants,
    capacity: num(capacity) ?? null,
    attendance_rate: rate(tally.present, tally.recorded),
    present: tally.present,
    recorded: tally.recorded,
  };
}

export function sessionFigures(session: Data): SessionFigures {
  return figuresFromCounts(session.capacity, list(session.participants).length, attendanceTally(session));
}
