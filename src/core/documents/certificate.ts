/** Attendance certificates: who gets one (at least one half-day present) and the time each attended. */
import type { ParticipantModel, SessionModel, SlotModel } from './sessionModel';

export type SkipReason = 'never-present' | 'no-attendance';

export interface CertificatePlan {
  /** Participants with at least one `present` slot, in record order. */
  certified: ParticipantModel[];
  skipped: { participant: ParticipantModel; reason: SkipReason }[];
  /**
   * Certified participants with slots of no recorded attendance (their certificate says "Non
   * renseigné"), grouped: the participants who lack the same slots together.
   */
  unrecorded: { slots: SlotModel[]; participants: ParticipantModel[] }[];
}

export function certificatePlan(session: SessionModel): CertificatePlan {
  const plan: CertificatePlan = { certified: [], skipped: [], unrecorded: [] };
  for (const p of session.participants) {
    if (session.slots.some((s) => p.attendance[s.index] === 'present')) plan.certified.push(p);
    else
      plan.skipped.push({
        participant: p,
        reason: p.attendance.some((a) => a !== null) ? 'never-present' : 'no-attendance',
      });
  }
  const groups = new Map<string, { slots: SlotModel[]; participants: ParticipantModel[] }>();
  for (const p of plan.certified) {
    const slots = session.slots.filter((s) => (p.attendance[s.index] ?? null) === null);
    if (!slots.length) continue;
    const key = slots.map((s) => s.index).join(',');
    const group = groups.get(key) ?? { slots, participants: [] };
    group.participants.push(p);
    groups.set(key, group);
  }
  plan.unrecorded = [...groups.values()];
  return plan;
}

/** Minutes of the slots the participant attended. */
export function attendedMinutes(p: ParticipantModel, slots: readonly SlotModel[]): number {
  return slots.reduce((sum, s) => sum + (p.attendance[s.index] === 'present' ? s.minutes : 0), 0);
}

export function plannedMinutes(slots: readonly SlotModel[]): number {
  return slots.reduce((sum, s) => sum + s.minutes, 0);
}
