/**
 * The certificat de réalisation's figures, per trainee and per action: one session, or every
 * session of a mission, the trainee recognised from one session to the next as the review does
 * (email, else first and last name). Hours come from the slots and the recorded attendance only.
 */
import type { Mode, Nature } from '../i18n/certificates';
import { ParticipantIndex } from '../review/identity';
import type { ParticipantModel, SessionModel, SlotModel } from './sessionModel';

const NATURES: readonly string[] = ['formation', 'bilan', 'vae', 'apprentissage'];

/** One session a trainee is enrolled in, with their entry in it. */
export interface Enrolment {
  session: SessionModel;
  participant: ParticipantModel;
  attendedMinutes: number;
  plannedMinutes: number;
}

export interface TraineeCertificate {
  /** The trainee as their first session lists them (name, email, employer). */
  trainee: ParticipantModel;
  enrolments: Enrolment[];
  attendedMinutes: number;
  plannedMinutes: number;
  /** First and last day of the sessions the trainee is enrolled in (YYYY-MM-DD). */
  first: string;
  last: string;
  /** From the sessions attended: a place is on site, a meeting link without a place is remote. */
  mode: Mode;
  /** Slots of the trainee's sessions whose attendance is not recorded. */
  unrecorded: { session: SessionModel; slot: SlotModel }[];
  /** At least one slot present. */
  present: boolean;
}

export interface RealisationPlan {
  /** The action's title: its programme's, else the (only) session's, else the mission id. */
  action: string;
  nature: Nature;
  /** The programme gives no `nature` (the certificate says "action de formation"). */
  natureMissing: boolean;
  trainees: TraineeCertificate[];
}

function minutes(p: ParticipantModel, slots: readonly SlotModel[], which: 'present' | 'all'): number {
  return slots.reduce((sum, s) => sum + (which === 'all' || p.attendance[s.index] === 'present' ? s.minutes : 0), 0);
}

function modeOf(sessions: readonly SessionModel[]): Mode {
  const remote = (s: SessionModel) => !s.place && !!s.online;
  const kinds = new Set(sessions.map((s) => (remote(s) ? 'remote' : 'onsite')));
  return kinds.size > 1 ? 'mixed' : kinds.has('remote') ? 'remote' : 'onsite';
}

/**
 * The certificates of an action. `sessions` are the action's sessions (cancelled ones are left
 * out by the caller); `fallbackTitle` names the action when no session has a programme.
 */
export function realisationPlan(sessions: readonly SessionModel[], fallbackTitle: string): RealisationPlan {
  const ordered = [...sessions].sort((a, b) => (a.slots[0]?.date ?? '').localeCompare(b.slots[0]?.date ?? ''));
  const index = new ParticipantIndex([]);
  const byKey = new Map<object, TraineeCertificate>();
  const trainees: TraineeCertificate[] = [];
  for (const session of ordered) {
    for (const participant of session.participants) {
      const data = participant as unknown as Record<string, unknown>;
      const known = index.find(data);
      let t = known ? byKey.get(known) : undefined;
      if (!t) {
        index.add(data);
        t = {
          trainee: participant,
          enrolments: [],
          attendedMinutes: 0,
          plannedMinutes: 0,
          first: '',
          last: '',
          mode: 'onsite',
          unrecorded: [],
          present: false,
        };
        byKey.set(data, t);
        trainees.push(t);
      }
      const attended = minutes(participant, session.slots, 'present');
      const planned = minutes(participant, session.slots, 'all');
      t.enrolments.push({ session, participant, attendedMinutes: attended, plannedMinutes: planned });
      t.attendedMinutes += attended;
      t.plannedMinutes += planned;
      for (const slot of session.slots) {
        const a = participant.attendance[slot.index] ?? null;
        if (a === null) t.unrecorded.push({ session, slot });
        if (a === 'present') t.present = true;
        if (!t.first || slot.date < t.first) t.first = slot.date;
        if (slot.date > t.last) t.last = slot.date;
      }
    }
  }
  for (const t of trainees) {
    const attended = t.enrolments.filter((e) => e.attendedMinutes > 0).map((e) => e.session);
    t.mode = modeOf(attended.length ? attended : t.enrolments.map((e) => e.session));
  }
  const programme = ordered.find((s) => s.programme)?.programme;
  const nature = programme?.nature && NATURES.includes(programme.nature) ? (programme.nature as Nature) : undefined;
  return {
    action: programme?.title ?? (ordered.length === 1 ? ordered[0].title : fallbackTitle),
    nature: nature ?? 'formation',
    natureMissing: !nature,
    trainees,
  };
}

/** Hours from minutes, as the certificate prints them (two decimals at most). */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
