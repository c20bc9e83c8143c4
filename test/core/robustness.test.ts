/** Property tests: whatever the bytes, analysing and validating never throws. */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeConfigFile, analyzeRecordFile } from '../../src/core/analyze';
import { defaultConfig } from '../../src/core/config';
import { baseFile, openWorkspace, readFixture, TODAY } from '../helpers/workspace';

const SEEDS = ['sessions/session-a.md', 'missions/mission-a.md', 'quotes/quote-a.md', 'programmes/prog.md'].map(
  baseFile,
);

/** Pieces that tend to break parsers: markers, brackets, quotes, tabs, BOMs, CRLF. */
const nasty = fc.constantFrom(
  '---\n',
  '\n',
  '\r\n',
  '<<<<<<< HEAD\n',
  '=======\n',
  '>>>>>>> x\n',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  ':',
  '- ',
  '\t',
  '\uFEFF',
  '&a ',
  '*a',
  '!!binary ',
  '? ',
  '|\n',
  '>\n',
  '#',
  'type: session\n',
  'participants:\n  - ',
  'slots: [',
  '\u0000',
  'é',
  '𝔸',
);

function checkAnalysis(text: string): void {
  const a = analyzeRecordFile('sessions/x.md', text, defaultConfig, TODAY);
  for (const d of a.diagnostics) {
    assert.ok(d.line >= 1 && d.column >= 1, `bad position ${JSON.stringify(d)}`);
    assert.ok(
      d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column),
      `bad range ${JSON.stringify(d)}`,
    );
    assert.ok(d.line <= text.split('\n').length, `line past the end ${JSON.stringify(d)}`);
  }
}

describe('robustness (fast-check)', function () {
  // Real work: hundreds to thousands of analyses per test (about a second on an idle machine);
  // the margin is for a machine busy with other jobs, where the default 20 s proved too short.
  this.timeout(60_000);

  it('random strings never make the analysis throw, and positions stay inside the file', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (s) => checkAnalysis(s)),
      { numRuns: 500 },
    );
  });

  it('front matter made of random YAML-ish pieces never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(nasty, fc.string({ maxLength: 8 })), { maxLength: 60 }), (parts) =>
        checkAnalysis('---\ntype: session\n' + parts.join('') + '\n---\n'),
      ),
      { numRuns: 1000 },
    );
  });

  it('truncating or splicing a valid record anywhere never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.nat(), fc.nat(), nasty, (seed, cut, at, piece) => {
        checkAnalysis(seed.slice(0, cut % (seed.length + 1)));
        const i = at % (seed.length + 1);
        checkAnalysis(seed.slice(0, i) + piece + seed.slice(i));
      }),
      { numRuns: 1000 },
    );
  });

  it('random atelier.yaml never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(nasty, fc.string({ maxLength: 8 })), { maxLength: 40 }),
        (parts) => void analyzeConfigFile(parts.join('')),
      ),
      { numRuns: 300 },
    );
  });

  it('a whole workspace of mangled files validates without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), nasty), { minLength: 1, maxLength: 6 }), async (edits) => {
        const files = readFixture('base');
        const paths = Object.keys(files).filter((p) => p.endsWith('.md'));
        for (const [n, piece] of edits) {
          const p = paths[n % paths.length];
          const t = files[p] as string;
          const i = n % (t.length + 1);
          files[p] = t.slice(0, i) + piece + t.slice(i);
        }
        const ws = await openWorkspace(files);
        assert.ok(Array.isArray(ws.diagnostics()));
      }),
      { numRuns: 150 },
    );
  });

  it('a 5 MB record is analysed (not skipped) and a file over the limit is reported', async () => {
    const big = baseFile('sessions/session-a.md') + 'x'.repeat(5 * 1024 * 1024) + '\n';
    const files = readFixture('base');
    files['sessions/big.md'] = big.replace('mission: mission-a\n', '');
    files['sessions/huge.md'] = '---\ntype: session\n---\n' + 'y'.repeat(11 * 1024 * 1024);
    const ws = await openWorkspace(files);
    assert.deepStrictEqual(
      ws.diagnostics().map((d) => `${d.file} ${d.code}`),
      ['sessions/huge.md file.too-large'],
    );
    assert.ok(ws.records().some((r) => r.id === 'big'));
  });
});
