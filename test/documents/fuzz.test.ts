/**
 * The document commands on mutated records (fast-check, fixed seed): whatever the session holds, a
 * sign-in sheet, certificates or emails are written, or the command refuses with a sentence on stderr
 * (exit 1 or 2). Never a crash, never a stack trace, never a silent exit.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { atelier } from '../cli/run';
import { tempDir } from '../helpers/temp';
import { removeTempWorkspaces, TODAY, workspaceWith } from './fixtures';

const LYON = '2026-03-12-atelier-lyon';
/** A control character other than a line break. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;
const FILE = path.join('sessions', `${LYON}.md`);

/** Pieces that break records: YAML syntax, wrong types, odd values, control characters. */
const piece = fc.constantFrom(
  '\n',
  '[',
  '{',
  '"',
  ': ',
  '- ',
  '&a ',
  '*a',
  '~',
  'null',
  '[]',
  '{}',
  '-1',
  '1e309',
  '2026-02-30',
  '"25:99"',
  '\u0000',
  '\u001b[2J',
  '\r\n',
  '𝔸',
  '\n    attendance: [present, "?", 3, null, [x]]',
  '\n  - first_name: [A]\n    last_name: {}\n    email: x',
  '\n  - {}',
  '\nparticipants: 3',
  '\nslots: []',
  '\nslots: [{date: x, start: y, end: z}]',
  '\nfacilitators: [nobody, 3]',
  '\ncapacity: "many"',
);

/** Values that keep the YAML readable but may not fit the field, or the page. */
const value = fc.constantFrom(
  '',
  '~',
  '-1',
  '0',
  '[]',
  '{}',
  '[present, absent, excused, null]',
  '2026-02-30',
  '"25:99"',
  '"\\e[2J\\r\\nforged"',
  '"\\0"',
  '"𝔸 ' + 'très long '.repeat(200) + '"',
  '"<script>alert(1)</script> {{ recipient.email }}"',
  '{ first_name: A }',
);

/** Text a person may type in a free-text field (names, functions, title, place): documents must print it. */
const text = fc.constantFrom(
  '"\\e[2J\\r\\nforged"',
  '"𝔸𝔹 ' + 'très long '.repeat(100) + '"',
  '"<b>gras</b> & {{ recipient.email }} \\\\ %PDF"',
  '"ﬁ 中文 العربية 🙂"',
  '"L\'Œuvre — « guillemets »"',
  '" "',
);

type Mutation = [number, string | null, number] | ['value' | 'text', number, string];
/** A piece inserted, a span deleted (at a fraction of the text's length), or the value of a `key: value` line replaced. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.option(piece), fc.nat(40)),
  fc.tuple(fc.constant('value' as const), fc.nat(), value),
  { arbitrary: fc.tuple(fc.constant('text' as const), fc.nat(), text), weight: 3 },
);
const FIELD = {
  value: /^(\s*(?:- )?[a-z_]+: ).*$/gm,
  text: /^(\s*(?:- )?(?:first_name|last_name|organisation|function|title|place): ).*$/gm,
};
const apply = (text: string, m: Mutation): string => {
  if (m[0] === 'value' || m[0] === 'text') {
    const lines = [...text.matchAll(FIELD[m[0]])];
    const line = lines[m[1] % lines.length];
    return text.slice(0, line.index) + line[1] + m[2] + text.slice(line.index + line[0].length);
  }
  const [f, p, n] = m as [number, string | null, number];
  const at = Math.floor(f * text.length);
  return p === null ? text.slice(0, at) + text.slice(at + n) : text.slice(0, at) + p + text.slice(at);
};

const COMMANDS: [string, (out: string) => string[]][] = [
  ['signin-sheet', (out) => ['signin-sheet', LYON, '--duplicate', '--out', path.join(out, 'sheet.pdf')]],
  ['certificates', (out) => ['certificates', LYON, '--out', out]],
  ['email', (out) => ['email', 'cloture-parcours', '--session', LYON, '--out', out]],
];

describe('document commands on mutated records (fast-check, fixed seed)', function () {
  // Each run loads the sample workspace and may write PDFs: a few seconds per command on an idle machine.
  this.timeout(120_000);
  after(removeTempWorkspaces);

  for (const [name, args] of COMMANDS) {
    it(`${name}: a document or a clear refusal, never a crash`, async () => {
      const dir = workspaceWith();
      const original = fs.readFileSync(path.join(dir, FILE), 'utf8');
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          fs.writeFileSync(path.join(dir, FILE), mutations.reduce(apply, original));
          const out = tempDir('atelier-fuzz-out-');
          const r = await atelier([...args(out), '--workspace', dir, '--today', TODAY, '--no-cache']);
          const said = `status ${r.status}\n${r.stdout}\n${r.stderr}`;
          assert.doesNotMatch(r.stderr, /unexpected failure|\n\s+at |Error:/, said);
          // Values with ESC, CR or LF are shown escaped (src/cli/terminal.ts): no terminal command, no forged line.
          assert.doesNotMatch(r.stdout + r.stderr, CONTROL, said);
          if (r.status === 0) {
            const files = r.stdout.split('\n').filter(Boolean);
            assert.ok(files.length > 0, said);
            for (const f of files) assert.ok(fs.statSync(path.resolve(dir, f)).size > 0, said);
          } else {
            assert.ok(r.status === 1 || r.status === 2, said);
            assert.match(r.stderr, /^atelier: \S|^\S+:\d+:\d+ error /m, said);
          }
        }),
        { seed: 20261203, numRuns: 12 },
      );
    });
  }

  it('a session whose file name holds ESC, CR and LF: its sheet is written and the printed path shows them escaped', async () => {
    const dir = workspaceWith();
    const id = 'evil\x1b[2J\r\nforged';
    fs.renameSync(path.join(dir, FILE), path.join(dir, 'sessions', `${id}.md`));
    const out = tempDir('atelier-fuzz-out-');
    const r = await atelier([
      'signin-sheet',
      id,
      '--duplicate',
      '--out',
      path.join(out, `${id}.pdf`),
      '--workspace',
      dir,
      '--today',
      TODAY,
    ]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, CONTROL);
    assert.strictEqual(r.stdout.trimEnd().split('\n').length, 1, r.stdout);
    assert.ok(r.stdout.trimEnd().endsWith('evil\\u001b[2J\\r\\nforged.pdf'), r.stdout);
    assert.deepStrictEqual(fs.readdirSync(out), [`${id}.pdf`]);
  });
});
