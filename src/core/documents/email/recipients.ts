/**
 * Who receives a template's mails, by audience: the participants, the client's contacts, the
 * facilitators, or everyone in the directory (the yearly check of personal details).
 */
import type { DocumentLabels } from '../../i18n/documents';
import type { PersonModel, SessionModel } from '../sessionModel';

export type Audience = 'participants' | 'client' | 'facilitators' | 'directory';

export interface Recipient {
  first_name: string;
  last_name: string;
  email: string;
  organisation: string;
  function: string;
}

export function isAudience(value: unknown): value is Audience {
  return value === 'participants' || value === 'client' || value === 'facilitators' || value === 'directory';
}

function person(p: PersonModel, organisation: string, l: DocumentLabels): Recipient {
  return {
    first_name: p.first_name,
    last_name: p.last_name,
    email: p.email,
    organisation,
    function: p.roles.map((r) => l.roles[r] ?? r).join(', '),
  };
}

/**
 * Participants as registered; the client's contacts (session → mission → client, or the
 * mission's quote's client); the facilitators, who work for the workspace's organisation.
 */
export function recipientsOf(
  audience: Audience,
  s: SessionModel,
  l: DocumentLabels,
  directory: readonly Recipient[] = [],
): Recipient[] {
  if (audience === 'directory') return [...directory];
  if (audience === 'participants') {
    return s.participants.map((p) => ({
      first_name: p.first_name,
      last_name: p.last_name,
      email: p.email,
      organisation: p.organisation ?? '',
      function: p.function ?? '',
    }));
  }
  if (audience === 'client') return (s.client?.contacts ?? []).map((c) => person(c, s.client?.name ?? '', l));
  return s.facilitators.map((f) => person(f, s.config.organisation, l));
}
