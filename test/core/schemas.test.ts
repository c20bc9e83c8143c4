/** The schemas document every field: the editor shows their titles and descriptions on hover. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const DIR = path.join(__dirname, '..', '..', 'schemas');

type Schema = { properties?: Record<string, Schema>; items?: Schema; title?: string; description?: string; $schema?: string };

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
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.schema.json'));

  it('cover every record type of format.md and atelier.yaml, in draft 2020-12', () => {
    assert.deepStrictEqual(files.sort(), ['atelier', 'client', 'email-template', 'mission', 'person', 'programme', 'quote', 'session'].map((t) => `${t}.schema.json`));
    for (const f of files) assert.strictEqual(JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')).$schema, 'https://json-schema.org/draft/2020-12/schema', f);
  });

  it('give every property a title and a description', () => {
    const missing = files.flatMap((f) => undocumented(JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')), f));
    assert.deepStrictEqual(missing, []);
  });
});
