/** A record's type read from its text: one rule for analysis, completion, hover, quick fixes and commands. */
import * as assert from 'assert';
import { analyzeRecordFile } from '../../src/core/analyze';
import { defaultConfig } from '../../src/core/config';
import { knownRecordTypeOf, recordTypeOf } from '../../src/core/parse/recordType';

const cases: [string, string, ReturnType<typeof recordTypeOf>][] = [
  ['plain', '---\ntype: session\ntitle: A\n---\n', 'session'],
  ['double quotes', '---\ntype: "quote"\n---\n', 'quote'],
  ['single quotes', "---\ntitle: A\ntype: 'email-template'\n---\n", 'email-template'],
  ['quoted key', '---\n"type": client\n---\n', 'client'],
  ['trailing comment', '---\ntype: mission # the order\n---\n', 'mission'],
  ['CRLF', '---\r\ntitle: A\r\ntype: person\r\n---\r\nbody\r\n', 'person'],
  ['BOM', '\uFEFF---\ntype: programme\n---\n', 'programme'],
  ['unknown value', '---\ntype: sesion\n---\n', 'unknown'],
  ['value with more words', '---\ntype: session extra\n---\n', 'unknown'],
  ['empty value', '---\ntype:\ntitle: A\n---\n', 'unknown'],
  ['no space after the colon is no key', '---\ntype:session\n---\n', undefined],
  ['indented under another field', '---\nonline:\n  type: session\n---\n', undefined],
  ['type: in the body only', '---\ntitle: A\n---\ntype: session\n', undefined],
  ['no front matter', 'type: session\n', undefined],
  ['unclosed front matter', '---\ntype: session\ntitle: A\n', 'session'],
  ['conflict before the opening line', '<<<<<<< HEAD\n---\ntype: session\n---\n=======\n', 'session'],
];

describe('record type from the text', () => {
  for (const [name, text, expected] of cases)
    it(name, () => {
      assert.strictEqual(recordTypeOf(text), expected);
      assert.strictEqual(knownRecordTypeOf(text), expected === 'unknown' ? undefined : expected);
    });

  it('agrees with the analysis of files it can parse', () => {
    for (const [name, text, expected] of cases) {
      const a = analyzeRecordFile('x/a.md', text, defaultConfig, '2026-11-23');
      if (name.startsWith('conflict')) continue;
      assert.strictEqual(a.isRecord ? a.type : undefined, expected, name);
    }
  });
});
