/** Walks a record type's JSON Schema along field names, as completion and hover need. */
import french from '../../../schemas/fr.json';
import type { Locale } from '../i18n/messages';
import { recordSchemas, type RecordType } from '../schema/schemas';

export interface SchemaNode {
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
}

/** Titles and descriptions by path: `slots[].date` (`[]` for a list's entries, "" for the schema itself). */
export type SchemaTexts = Record<string, { title: string; description: string }>;

/** The French titles and descriptions of every schema (schemas/fr.json), by type ("atelier" for atelier.yaml). */
export const frenchTexts: Record<RecordType | 'atelier', SchemaTexts> = french;

/** A copy of a schema whose titles and descriptions are those of `texts`. */
function translated(node: SchemaNode, texts: SchemaTexts, at: string): SchemaNode {
  const out: SchemaNode = { ...node, ...texts[at] };
  if (node.properties)
    out.properties = Object.fromEntries(
      Object.entries(node.properties).map(([k, p]) => [k, translated(p, texts, at ? `${at}.${k}` : k)]),
    );
  if (node.items) out.items = translated(node.items, texts, `${at}[]`);
  return out;
}

const frenchSchemas = new Map<RecordType, SchemaNode>();

/** A record type's schema, with its titles and descriptions in the locale. */
function rootOf(type: RecordType, locale: Locale): SchemaNode {
  const root = recordSchemas[type] as SchemaNode;
  if (locale !== 'fr') return root;
  let fr = frenchSchemas.get(type);
  if (!fr) frenchSchemas.set(type, (fr = translated(root, frenchTexts[type], '')));
  return fr;
}

function resolve(node: SchemaNode | undefined, root: SchemaNode): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const target = root.$defs?.[node.$ref.replace('#/$defs/', '')];
  // Sibling keywords (title, description) refine the referenced definition.
  return target ? { ...target, ...node, $ref: undefined } : node;
}

/** The schema of the value at `path` (array levels are stepped through), or undefined; titles and descriptions in `locale`. */
export function schemaAt(type: RecordType, path: readonly string[], locale: Locale = 'en'): SchemaNode | undefined {
  const root = rootOf(type, locale);
  let node: SchemaNode | undefined = root;
  for (const key of path) {
    node = resolve(node, root);
    while (node?.items && !node.properties) node = resolve(node.items, root);
    node = resolve(node?.properties?.[key], root);
    if (!node) return undefined;
  }
  return resolve(node, root);
}

/** The schema of a list's entries, when `node` is a list. */
export function itemsOf(type: RecordType, node: SchemaNode | undefined): SchemaNode | undefined {
  const root = rootOf(type, 'en'); // only its $defs are read: the entries keep the texts of `node`
  return node?.items ? resolve(node.items, root) : undefined;
}
