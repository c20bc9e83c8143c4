/** Runs the JSON Schemas (ajv, compiled once) and turns their errors into located findings. */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { DataPath, Finding } from '../diagnostics';
import { configSchema, recordSchemas, type RecordType } from './schemas';

let ajv: Ajv2020 | undefined;
const compiled = new Map<RecordType | 'config', ValidateFunction>();

/** Each schema is compiled once, on first use (a warm run that only checks atelier.yaml compiles one). */
function validatorFor(type: RecordType | 'config'): ValidateFunction {
  let fn = compiled.get(type);
  if (!fn) {
    ajv ??= addFormats(
      new Ajv2020({
        allErrors: true,
        verbose: true,
        strict: true,
        strictRequired: false,
        allowMatchingProperties: true,
        // Our own schemas, checked against the draft 2020-12 meta-schema by test/core/schemas.test.ts:
        // compiling the meta-schema here would cost every run (even a warm one) some 60 ms.
        validateSchema: false,
      }),
      ['date', 'email', 'uri'],
    );
    fn = ajv.compile(type === 'config' ? configSchema : recordSchemas[type]);
    compiled.set(type, fn);
  }
  return fn;
}

/** Schema findings for `data` of a record type (or of atelier.yaml). */
export function validateSchema(type: RecordType | 'config', data: unknown): Finding[] {
  const validate = validatorFor(type);
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
