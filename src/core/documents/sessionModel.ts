/**
 * A session with everything its documents print, references resolved: programme, mission,
 * client and its contacts, facilitators. Built from the workspace on demand.
 */
import type { WorkspaceConfig } from '../config';
import { isObject, list, slotsOf, text, type Data } from '../records';
import type { RecordData } from '../recordData';
import type { RecordType } from '../schema/schemas';
import { minutesBetween } from './dates';

export type Attendance = 'present' | 'absent' | 'excused' | null;
export type HalfDay = 'morning' | 'afternoon' | 'evening';

export interface SlotModel {
  /** Index in the record's `slots` (attendance entries follow it). */
  index: number;
  date: string;
  start?: string;
  end?: string;
  half: HalfDay;
  minutes: number;
}

export interface PersonModel {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  roles: string[];
}

export interface ParticipantModel {
  first_name: string;
  last_name: string;
  email: string;
  organisation?: string;
  function?: string;
  /** Facilitator id of the participant's group, when groups run at the same time. */
  group?: string;
  /** One entry per slot of the record, in the record's slot order. */
  attendance: Attendance[];
}

export interface ClientModel {
  id: string;
  name: string;
  contacts: PersonModel[];
}

export interface SessionModel {
  id: string;
  path: string;
  title: string;
  kind?: string;
  /** planned | launched | done | cancelled: attendance is complete only once `done`. */
  status?: string;
  /** `nature`: formation | bilan | vae | apprentissage (the certificat de réalisation prints it). */
  programme?: { id: string; title: string; modules: string[]; nature?: string };
  mission?: { id: string; coordinator?: PersonModel };
  client?: ClientModel;
  /** Chronological; each keeps its index in the record. */
  slots: SlotModel[];
  place?: string;
  online?: { url?: string; phone?: string; access_code?: string };
  facilitators: PersonModel[];
  participants: ParticipantModel[];
  config: WorkspaceConfig;
}

/** What the model needs from a workspace (a `Workspace` has both). */
export interface RecordSource {
  config: WorkspaceConfig;
  record(id: string, type?: RecordType): RecordData | undefined;
}

/** A slot starting before 13:00 is a morning half-day (format.md); one starting at 18:00 or later, an evening. */
export function halfDayOf(start: string | undefined): HalfDay {
  if (start === undefined) return 'afternoon';
  return start < '13:00' ? 'morning' : start >= '18:00' ? 'evening' : 'afternoon';
}

const ATTENDANCE = new Set(['present', 'absent', 'excused']);

function attendanceOf(value: unknown): Attendance[] {
  return list(value).map((a) => (typeof a === 'string' && ATTENDANCE.has(a) ? (a as Attendance) : null));
}

export function personModel(source: RecordSource, id: string): PersonModel {
  const d = source.record(id, 'person')?.data ?? {};
  return {
    id,
    first_name: text(d.first_name) ?? '',
    last_name: text(d.last_name) ?? id,
    email: text(d.email) ?? '',
    roles: list(d.roles).filter((r): r is string => typeof r === 'string'),
  };
}

function ids(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string' && v !== '');
}

function clientModel(source: RecordSource, id: string | undefined): ClientModel | undefined {
  const client = id ? source.record(id, 'client') : undefined;
  if (!client || !id) return undefined;
  return {
    id,
    name: text(client.data.name) ?? id,
    contacts: ids(client.data.contacts).map((c) => personModel(source, c)),
  };
}

/** The client of a mission: its own `client`, else its quote's. */
function missionClient(source: RecordSource, mission: Data): ClientModel | undefined {
  const direct = text(mission.client);
  if (direct) return clientModel(source, direct);
  const quote = text(mission.quote) ? source.record(text(mission.quote) as string, 'quote') : undefined;
  return clientModel(source, text(quote?.data.client));
}

export function participantsOf(data: Data): ParticipantModel[] {
  return list(data.participants).flatMap((p) =>
    isObject(p)
      ? [
          {
            first_name: text(p.first_name) ?? '',
            last_name: text(p.last_name) ?? '',
            email: text(p.email) ?? '',
            organisation: text(p.organisation),
            function: text(p.function),
            group: text(p.group),
            attendance: attendanceOf(p.attendance),
          },
        ]
      : [],
  );
}

export function slotModels(data: Data): SlotModel[] {
  return slotsOf(data)
    .map((s) => ({ ...s, half: halfDayOf(s.start), minutes: minutesBetween(s.start, s.end) }))
    .sort((a, b) => (a.date + (a.start ?? '')).localeCompare(b.date + (b.start ?? '')) || a.index - b.index);
}

/** The session with this id, resolved; undefined when there is no such session record. */
export function sessionModel(source: RecordSource, id: string): SessionModel | undefined {
  const rec = source.record(id, 'session');
  if (!rec) return undefined;
  const d = rec.data;
  const programmeId = text(d.programme);
  const programme = programmeId ? source.record(programmeId, 'programme') : undefined;
  const missionId = text(d.mission);
  const mission = missionId ? source.record(missionId, 'mission') : undefined;
  const online = isObject(d.online)
    ? { url: text(d.online.url), phone: text(d.online.phone), access_code: text(d.online.access_code) }
    : undefined;
  const coordinator = mission && text(mission.data.coordinator);
  return {
    id,
    path: rec.path,
    title: text(d.title) ?? id,
    kind: text(d.kind),
    status: text(d.status),
    programme:
      programme && programmeId
        ? {
            id: programmeId,
            title: text(programme.data.title) ?? programmeId,
            modules: list(programme.data.modules).filter((m): m is string => typeof m === 'string'),
            nature: text(programme.data.nature),
          }
        : undefined,
    mission:
      mission && missionId
        ? { id: missionId, coordinator: coordinator ? personModel(source, coordinator) : undefined }
        : undefined,
    client: mission ? missionClient(source, mission.data) : undefined,
    slots: slotModels(d),
    place: text(d.place),
    online,
    facilitators: ids(d.facilitators).map((f) => personModel(source, f)),
    participants: participantsOf(d),
    config: source.config,
  };
}

/** "Prénom Nom". */
export function fullName(p: { first_name: string; last_name: string }): string {
  return [p.first_name, p.last_name].filter(Boolean).join(' ');
}
