/** The JSON Schemas of every record type and of atelier.yaml, bundled with the core. */
import atelier from '../../../schemas/atelier.schema.json';
import client from '../../../schemas/client.schema.json';
import emailTemplate from '../../../schemas/email-template.schema.json';
import mission from '../../../schemas/mission.schema.json';
import person from '../../../schemas/person.schema.json';
import programme from '../../../schemas/programme.schema.json';
import quote from '../../../schemas/quote.schema.json';
import session from '../../../schemas/session.schema.json';

export type RecordType = 'programme' | 'client' | 'person' | 'quote' | 'mission' | 'session' | 'email-template';

export const recordTypes: readonly RecordType[] = [
  'programme',
  'client',
  'person',
  'quote',
  'mission',
  'session',
  'email-template',
];

export function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && (recordTypes as readonly string[]).includes(value);
}

/** Schemas by record type, as plain JSON objects (the editor reads titles and descriptions). */
export const recordSchemas: Record<RecordType, object> = {
  programme,
  client,
  person,
  quote,
  mission,
  session,
  'email-template': emailTemplate,
};

export const configSchema: object = atelier;

interface EnumNode {
  enum?: unknown[];
  items?: EnumNode;
  properties?: Record<string, EnumNode>;
}

/** The values a schema allows for a field (a list's entries stepped through), in the schema's order. */
function enumOf(schema: object, field: string): readonly string[] {
  let node = (schema as EnumNode).properties?.[field];
  while (node?.items) node = node.items;
  const values = node?.enum?.filter((v): v is string => typeof v === 'string');
  if (!values?.length) throw new Error(`no enum for ${field}`);
  return values;
}

/** Session kinds (`kind` of a session, of a mission's `ordered` entries). */
export const sessionKinds = enumOf(session, 'kind');
/** Sales channels of a client. */
export const salesChannels = enumOf(client, 'channel');
/** Roles of a person. */
export const personRoles = enumOf(person, 'roles');
/** A quote's statuses, in flow order. */
export const quoteStatuses = enumOf(quote, 'status');
