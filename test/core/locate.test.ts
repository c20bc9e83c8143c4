/**
 * Positions in large texts: the locator cuts a large block collection into its entries and parses
 * only those on the path (src/core/parse/locate.ts). Cut or parsed whole, every span must be the same.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import { load, CORE_SCHEMA } from 'js-yaml';
import * as path from 'path';
import type { DataPath } from '../../src/core/diagnostics';
import { splitFrontMatter } from '../../src/core/parse/frontMatter';
import { YamlLocator } from '../../src/core/parse/locate';
import { analyzeRecordFile } from '../../src/core/analyze';
import { defaultConfig } from '../../src/core/config';
import { TODAY } from '../helpers/workspace';

const SAMPLE = path.join(__dirname, '..', '..', 'sample-workspace');

/** The YAML of every record of the sample workspace and of the base fixture. */
function yamlTexts(): string[] {
  const out: string[] = [];
  for (const root of [SAMPLE, path.join(__dirname, '..', 'fixtures', 'base')]) {
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const fm = splitFrontMatter(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
      if (fm?.closed) out.push(fm.yaml);
    }
  }
  return out;
}

/** Every data path of a value, and a missing child under each. */
function paths(value: unknown, prefix: DataPath = []): DataPath[] {
  const out: DataPath[] = [prefix, [...prefix, 'missing'], [...prefix, 99]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function sameSpans(yaml: string): void {
  let value: unknown;
  try {
    value = load(yaml, { schema: CORE_SCHEMA });
  } catch {
    return; // only texts that parse reach the locator
  }
  const whole = new YamlLocator(yaml, Infinity);
  const cut = new YamlLocator(yaml, 0);
  for (const p of paths(value)) {
    for (const target of ['key', 'value'] as const) {
      assert.deepStrictEqual(cut.locate(p, target), whole.locate(p, target), `${JSON.stringify(p)} ${target}\n${yaml}`);
    }
  }
}

describe('positions in large texts', () => {
  it('cut into entries or parsed whole, every path of every sample record has the same span', () => {
    for (const yaml of yamlTexts()) sameSpans(yaml);
  });

  it('the same for records with comments, blank lines, lists at their key’s indentation, CRLF and odd lines', () => {
    const pieces = fc.constantFrom(
      '# a comment\n',
      '\n',
      '  # indented comment\n',
      'participants:\n- first_name: A\n  last_name: B\n',
      'tags: [a, b,\n  c]\n',
      'notes: |\n  line one\n  # not a comment\n\n  line two\n',
      'place: Lyon # here\n',
      'online:\n  url: x\n  phone: "1"\n',
      'empty:\n',
      'list:\n  - a\n  -\n  - [1, 2]\n  - k: v\n    w: [x]\n',
      '"quoted": 1\n',
      'true: yes\n',
      'anchor: &a { k: v }\n',
      'alias: *a\n',
      'long: a\n  continued\n',
      'title: "two\n  lines"\n',
      'title: "two\nlines: at the margin"\n',
      "note: 'single\n  # quoted'\n",
      'plain: two\nwords\n',
      '? complex key\n: value\n',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.boolean(), (parts, crlf) => {
        const yaml = 'type: session\n' + parts.join('');
        sameSpans(crlf ? yaml.replace(/\n/g, '\r\n') : yaml);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('a 2 MB session is positioned on the lines the whole parse gives', () => {
    const participant = (i: number) =>
      `  - first_name: P${i}\n    last_name: N${i}\n    email: ${i % 997 ? `p${i}@example.org` : 'not-an-email'}\n    attendance: [present]\n`;
    const text = `---\ntype: session\ntitle: Grande\nkind: workshop\nstatus: planned\nslots:\n  - date: 2026-03-12\n    start: "09:30"\n    end: "12:30"\ncapacity: 20\nparticipants:\n${Array.from({ length: 20000 }, (_, i) => participant(i)).join('')}---\n`;
    const a = analyzeRecordFile('sessions/big.md', text, defaultConfig, TODAY);
    const emails = a.diagnostics.filter((d) => d.code === 'schema.format');
    assert.strictEqual(emails.length, 21);
    // Participant i's email is on line 14 + 4 i (after the 11 lines of the head).
    assert.deepStrictEqual(
      emails.slice(0, 3).map((d) => [d.line, d.column]),
      [
        [14, 12],
        [14 + 4 * 997, 12],
        [14 + 4 * 1994, 12],
      ],
    );
    // The capacity error sits on `capacity` (line 10).
    assert.deepStrictEqual(
      a.diagnostics.filter((d) => d.code === 'rule.capacity').map((d) => d.line),
      [10],
    );
    // Only the entries on the paths were parsed with positions, not the 2 MB.
    const yaml = splitFrontMatter(text)!.yaml;
    const locator = new YamlLocator(yaml);
    const span = locator.locate(['participants', 15000, 'email'], 'value');
    assert.strictEqual(yaml.slice(span.start, span.end), 'p15000@example.org');
    const key = yaml.indexOf('participants:');
    assert.deepStrictEqual(locator.locate(['participants'], 'key'), { start: key, end: key + 12 });
    assert.ok(locator.parsedChars < 2000, `${locator.parsedChars} characters parsed`);
  });
});
