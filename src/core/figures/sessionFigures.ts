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

export function sessionFigures(session: Data): SessionFigures {
  const participants = list(session.participants);
  let present = 0;
  let recorded = 0;
  for (const p of participants) {
    if (!isObject(p)) continue;
    for (const a of list(p.attendance)) {
      if (a === 'present' || a === 'absent' || a === 'excused') recorded++;
      if (a === 'present') present++;
    }
  }
  return {
    participants: participants.length,
    capacity: num(session.capacity) ?? null,
    attendance_rate: recorded ? Math.round((present / recorded) * 10000) / 10000 : null,
    present,
    recorded,
  };
}
