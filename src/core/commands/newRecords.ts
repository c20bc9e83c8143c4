/**
 * New records and new workspaces, as the New … and Initialize workspace commands make them: the data of
 * each record from the user's answers, its id, its file, the initial atelier.yaml and the folders.
 * Hosts only ask the questions (the lists they offer are the schemas' enums: schema/schemas.ts).
 */
import { stringify } from 'yaml';
import { defaultConfig } from '../config';
import type { Locale } from '../i18n/messages';
import { text, type Data } from '../records';
import { recordTypes, type RecordType } from '../schema/schemas';

/** The conventional folder of each record type (format.md). */
export const FOLDER: Record<RecordType, string> = {
  programme: 'programmes',
  client: 'clients',
  person: 'people',
  quote: 'quotes',
  mission: 'missions',
  session: 'sessions',
  'email-template': 'templates',
};

/** The folders Initialize workspace creates (the templates folder comes with the templates it copies). */
export const WORKSPACE_FOLDERS: readonly string[] = recordTypes
  .filter((t) => t !== 'email-template')
  .map((t) => FOLDER[t]);

/** A file-name-safe id: lower case, ASCII, dashes. */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The id of a new record: the date first for dated records (sessions, quotes), then the title. */
export function newId(title: string, date?: string): string {
  const slug = slugify(title) || 'nouveau';
  return date ? `${date}-${slug}` : slug;
}

/** A unique path for a new record of `type`, given the ids already taken. */
export function newRecordPath(type: RecordType, id: string, taken: (id: string) => boolean): string {
  let candidate = id;
  for (let n = 2; taken(candidate); n++) candidate = `${id}-${n}`;
  return `${FOLDER[type]}/${candidate}.md`;
}

/** A record file from its data (written by the YAML library, so any title is quoted right) and a body. */
export function recordFile(data: Record<string, unknown>, body = ''): string {
  return `---\n${stringify(data, { lineWidth: 0, flowCollectionPadding: false })}---\n${body}`;
}

/** A record a command is about to create: its type, the id it would like (newRecordPath makes it unique) and its data. */
export interface NewRecord {
  type: RecordType;
  id: string;
  data: Data;
}

/** Seats of a new session. */
export const DEFAULT_CAPACITY = 12;

export interface NewSlot {
  date: string;
  start: string;
  end: string;
}

/** The slots a new session of `kind` starts with on `day`: a training day is two half-days, a webinar one lunch hour, anything else a morning. */
export function defaultSlots(kind: string, day: string): NewSlot[] {
  if (kind === 'training-day')
    return [
      { date: day, start: '09:30', end: '12:30' },
      { date: day, start: '14:00', end: '17:00' },
    ];
  if (kind.endsWith('webinar')) return [{ date: day, start: '12:30', end: '13:30' }];
  return [{ date: day, start: '09:30', end: '12:30' }];
}

export interface SessionAnswers {
  title: string;
  kind: string;
  /** The day of the first slot (YYYY-MM-DD). */
  day: string;
  programme?: string;
  mission?: string;
  facilitators: string[];
}

/** A planned session, id `YYYY-MM-DD-title`. */
export function newSession(a: SessionAnswers): NewRecord {
  const title = a.title.trim();
  return {
    type: 'session',
    id: newId(title, a.day),
    data: {
      type: 'session',
      title,
      ...(a.programme && { programme: a.programme }),
      ...(a.mission && { mission: a.mission }),
      kind: a.kind,
      status: 'planned',
      slots: defaultSlots(a.kind, a.day),
      facilitators: a.facilitators,
      capacity: DEFAULT_CAPACITY,
      participants: [],
    },
  };
}

const QUOTE_NUMBER = /^D-(\d{4})-(\d+)$/;

/** `D-YYYY-NNN`: the year of `today`, and one more than the highest number of that year (gaps are not reused, other years do not count). */
export function nextQuoteNumber(numbers: Iterable<unknown>, today: string): string {
  const year = today.slice(0, 4);
  let last = 0;
  for (const n of numbers) {
    const m = QUOTE_NUMBER.exec(text(n)?.trim() ?? '');
    if (m && m[1] === year) last = Math.max(last, Number(m[2]));
  }
  return `D-${year}-${String(last + 1).padStart(3, '0')}`;
}

export interface QuoteAnswers {
  number: string;
  client: string;
  today: string;
  /** The label of the first line, in the user's language. */
  lineLabel: string;
}

/** A draft quote dated today with one line to fill, id `number-client`. */
export function newQuote(a: QuoteAnswers): NewRecord {
  const number = a.number.trim();
  return {
    type: 'quote',
    id: `${number.toLowerCase()}-${a.client}`,
    data: {
      type: 'quote',
      number,
      client: a.client,
      date: a.today,
      status: 'draft',
      lines: [{ label: a.lineLabel, quantity: 1, unit: 'day', unit_price: 0 }],
    },
  };
}

export interface MissionAnswers {
  client: string;
  quote?: string;
  coordinator: string;
  today: string;
}

/** An open mission with one workshop ordered, id `YYYY-client`. */
export function newMission(a: MissionAnswers): NewRecord {
  return {
    type: 'mission',
    id: `${a.today.slice(0, 4)}-${a.client}`,
    data: {
      type: 'mission',
      client: a.client,
      ...(a.quote && { quote: a.quote }),
      coordinator: a.coordinator,
      ordered: [{ kind: 'workshop', count: 1 }],
      status: 'open',
    },
  };
}

/** A client, id from its name. */
export function newClient(a: { name: string; channel: string }): NewRecord {
  const name = a.name.trim();
  return { type: 'client', id: newId(name), data: { type: 'client', name, channel: a.channel } };
}

export interface PersonAnswers {
  first_name: string;
  last_name: string;
  email: string;
  roles: string[];
}

/** A person, id `first-last`. */
export function newPerson(a: PersonAnswers): NewRecord {
  const [first_name, last_name, email] = [a.first_name.trim(), a.last_name.trim(), a.email.trim()];
  return {
    type: 'person',
    id: newId(`${first_name} ${last_name}`),
    data: { type: 'person', first_name, last_name, email, roles: a.roles },
  };
}

/** The atelier.yaml Initialize workspace writes: the organisation and locale given, the other settings at their defaults. */
export function initialConfig(organisation: string, locale: Locale): string {
  const { timezone, currency, vat_rate, output } = defaultConfig;
  return [
    `organisation: ${JSON.stringify(organisation.trim())}`,
    `locale: ${locale}`,
    `timezone: ${timezone}`,
    `currency: ${currency}`,
    `vat_rate: ${vat_rate}`,
    `output: ${output}`,
    '',
  ].join('\n');
}

/**
 * Where the email templates Initialize workspace copies are, relative to the extension's package
 * root: the sample's French ones, or their English versions.
 */
export const INITIAL_TEMPLATES: Record<Locale, string> = {
  fr: 'sample-workspace/templates',
  en: 'media/templates/en',
};
