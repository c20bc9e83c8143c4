/**
 * Runs the JSON Schemas and turns their errors into located findings. The validators are compiled
 * when the project is built (scripts/validators.mjs, ajv standalone code), not at every start.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { DataPath, Finding } from '../diagnostics';
import type { RecordType } from './schemas';
import * as validators from './validators.generated';

const validatorOf: Record<RecordType | 'config', ValidateFunction> = {
  programme: validators.programme,
  client: validators.client,
  person: validators.person,
  quote: validators.quote,
  mission: validators.mission,
  session: validators.session,
  'email-template': validators.emailTemplate,
  config: validators.config,
};

/** Schema findings for `data` of a record type (or of atelier.yaml). */
export function validateSchema(type: RecordType | 'config', data: unknown): Finding[] {
  const validate = validatorOf[type];
  if (validate(data)) return [];
  return (validate.errors ?? []).flatMap((e) => toFinding(e, data));
}

function toFinding(e: ErrorObject, data: unknown): Finding[] {
  const path = dataPath(e.instancePath, data);
  const field = String(path.length ? path[path.length - 1] : '');
  const parent = e.parentSchema as { examples?: unknown[] } | undefined;
  const example = parent?.examples?.[0] !== undefined ? String(parent.examples[0]) : '';
  switch (e.keyword) {
    case 'if':
      return []; // the failing `then` branch reports the real problem
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      return [{ code: 'schema.required', severity: 'error', path, target: 'key', args: { field: missing } }];
    }
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      return [
        { code: 'schema.unknown', severity: 'warning', path: [...path, extra], target: 'key', args: { field: extra } },
      ];
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String).join(', ');
      return [
        {
          code: 'schema.enum',
          severity: 'error',
          path,
          target: 'value',
          // An empty value (`status:` alone) is said to be empty, not to be « null ».
          args: { field, value: show(e.data), allowed, ...(e.data === null ? { empty: 1 } : {}) },
        },
      ];
    }
    case 'const':
      return [
        {
          code: 'schema.const',
          severity: 'error',
          path,
          target: 'value',
          args: { field, allowed: String((e.params as { allowedValue: unknown }).allowedValue) },
        },
      ];
    case 'type':
      return [
        {
          code: 'schema.type',
          severity: 'error',
          path,
          target: 'value',
          args: {
            field,
            expected: String((e.params as { type: string | string[] }).type),
            ...(e.data === null ? { empty: 1 } : {}),
          },
        },
      ];
    case 'format':
      return [
        {
          code: 'schema.format',
          severity: 'error',
          path,
          target: 'value',
          args: { field, format: String((e.params as { format: string }).format), example },
        },
      ];
    case 'pattern':
      return [{ code: 'schema.pattern', severity: 'error', path, target: 'value', args: { field, example } }];
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'minItems':
      return [
        {
          code: `schema.${e.keyword}`,
          severity: 'error',
          path,
          target: 'value',
          args: { field, limit: Number((e.params as { limit: number }).limit) },
        },
      ];
    case 'minLength':
      return [{ code: 'schema.minLength', severity: 'error', path, target: 'value', args: { field } }];
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      return [
        {
          code: 'schema.uniqueItems',
          severity: 'error',
          path: [...path, Math.max(i, j)],
          target: 'value',
          args: { field, i: Math.min(i, j) + 1, j: Math.max(i, j) + 1 },
        },
      ];
    }
    default:
      return [
        {
          code: 'schema.other',
          severity: 'error',
          path,
          target: 'value',
          args: { field, reason: e.message ?? e.keyword },
        },
      ];
  }
}

/** Turns a JSON pointer into a data path, with numbers for array indexes. */
function dataPath(pointer: string, data: unknown): DataPath {
  if (!pointer) return [];
  const out: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      out.push(Number(seg));
      node = node[Number(seg)];
    } else {
      out.push(seg);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

function show(value: unknown): string {
  return value === null ? 'null' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
