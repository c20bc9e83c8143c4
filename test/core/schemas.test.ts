/** The schemas document every field: the editor shows their titles and descriptions on hover. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { configSchema, recordSchemas } from '../../src/core/schema/schemas';

const DIR = path.join(__dirname, '..', '..', 'schemas');

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema;
  title?: string;
  description?: string;
  $schema?: string;
};

/** Every titled node of a schema (properties, list entries, the schema itself), by the path of schemas/fr.json. */
function titled(schema: Schema, at: string): string[] {
  const out = schema.title || schema.description ? [at] : [];
  for (const [key, prop] of Object.entries(schema.properties ?? {}))
    out.push(...titled(prop, at ? `${at}.${key}` : key));
  if (schema.items) out.push(...titled(schema.items, `${at}[]`));
  return out;
}

function undocumented(schema: Schema, at: string): string[] {
  const out: string[] = [];
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    if (!prop.title || !prop.description) out.push(`${at}.${key}`);
    out.push(...undocumented(prop, `${at}.${key}`));
  }
  if (schema.items) out.push(...undocumented(schema.items, `${at}[]`));
  return out;
}

describe('JSON Schemas', () => {
  it('are valid draft 2020-12 schemas (the validator does not check them at run time)', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allowMatchingProperties: true });
    addFormats(ajv, ['date', 'email', 'uri']);
    for (const [name, schema] of Object.entries({ ...recordSchemas, config: configSchema })) {
      assert.ok(ajv.validateSchema(schema), `${name}: ${ajv.errorsText(ajv.errors)}`);
    }
  });

  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.schema.json'));

  it('cover every record type of format.md and atelier.yaml, in draft 2020-12', () => {
    assert.deepStrictEqual(
      files.sort(),
      ['atelier', 'client', 'email-template', 'mission', 'person', 'programme', 'quote', 'session'].map(
        (t) => `${t}.schema.json`,
      ),
    );
    for (const f of files)
      assert.strictEqual(
        JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')).$schema,
        'https://json-schema.org/draft/2020-12/schema',
        f,
      );
  });

  it('give every property a title and a description', () => {
    const missing = files.flatMap((f) => undocumented(JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')), f));
    assert.deepStrictEqual(missing, []);
  });

  it('give every property, list entry and schema a French title and description too (schemas/fr.json), and nothing else', () => {
    const fr = JSON.parse(fs.readFileSync(path.join(DIR, 'fr.json'), 'utf8')) as Record<
      string,
      Record<string, { title?: string; description?: string }>
    >;
    const problems: string[] = [];
    for (const f of files) {
      const type = f.replace('.schema.json', '');
      const schema = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Schema;
      const paths = titled(schema, '');
      assert.ok(paths.length > 3, f);
      for (const p of paths) {
        const t = fr[type]?.[p];
        if (!t?.title || !t.description) problems.push(`missing ${type} ${p}`);
      }
      for (const p of Object.keys(fr[type] ?? {})) if (!paths.includes(p)) problems.push(`stale ${type} ${p}`);
    }
    for (const type of Object.keys(fr)) if (!files.includes(`${type}.schema.json`)) problems.push(`stale ${type}`);
    assert.deepStrictEqual(problems, []);
  });
});
