/** Walks a record type's JSON Schema along field names, as completion and hover need. */
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

function resolve(node: SchemaNode | undefined, root: SchemaNode): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const target = root.$defs?.[node.$ref.replace('#/$defs/', '')];
  // Sibling keywords (title, description) refine the referenced definition.
  return target ? { ...target, ...node, $ref: undefined } : node;
}

/** The schema of the value at `path` (array levels are stepped through), or undefined. */
export function schemaAt(type: RecordType, path: readonly string[]): SchemaNode | undefined {
  const root = recordSchemas[type] as SchemaNode;
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
  const root = recordSchemas[type] as SchemaNode;
  return node?.items ? resolve(node.items, root) : undefined;
}
