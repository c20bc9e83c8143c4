/** Attendance certificates: who gets one (at least one half-day present) and the time each attended. */
import type { ParticipantModel, SessionModel, SlotModel } from './sessionModel';

export type SkipReason = 'never-present' | 'no-attendance';

export interface CertificatePlan {
  /** Participants with at least one `present` slot, in record order. */
  certified: ParticipantModel[];
  skipped: { participant: ParticipantModel; reason: SkipReason }[];
}

export function certificatePlan(session: SessionModel): CertificatePlan {
  const plan: CertificatePlan = { certified: [], skipped: [] };
  for (const p of session.participants) {
    if (session.slots.some((s) => p.attendance[s.index] === 'present')) plan.certified.push(p);
    else plan.skipped.push({ participant: p, reason: p.attendance.some((a) => a !== null) ? 'never-present' : 'no-attendance' });
  }
  return plan;
}

/** Minutes of the slots the participant attended. */
export function attendedMinutes(p: ParticipantModel, slots: readonly SlotModel[]): number {
  return slots.reduce((sum, s) => sum + (p.attendance[s.index] === 'present' ? s.minutes : 0), 0);
}

export function plannedMinutes(slots: readonly SlotModel[]): number {
  return slots.reduce((sum, s) => sum + s.minutes, 0);
}
