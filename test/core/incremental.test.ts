/** The index follows edits, creations, deletions and renames, touching only what depends on them. */
import * as assert from 'assert';
import { baseFile, openWorkspace, readFixture } from '../helpers/workspace';

const codes = (ws: Awaited<ReturnType<typeof openWorkspace>>) => ws.diagnostics().map((d) => `${d.file} ${d.code}`);

describe('incremental index', () => {
  it('an edit revalidates the file and the records that depend on it, and only those', async () => {
    const ws = await openWorkspace(readFixture('base'));
    const affected = await ws.update(
      'sessions/session-b.md',
      baseFile('sessions/session-b.md').replace('kind: workshop', 'kind: closing-webinar'),
    );
    // session-a too: the mission's hours add up both sessions (rule.hours-mismatch).
    assert.deepStrictEqual([...affected].sort(), [
      'missions/mission-a.md',
      'people/coord-a.md',
      'sessions/session-a.md',
      'sessions/session-b.md',
    ]);
    assert.deepStrictEqual(codes(ws), ['sessions/session-b.md rule.mission-unordered']);
    await ws.update('sessions/session-b.md', baseFile('sessions/session-b.md'));
    assert.deepStrictEqual(codes(ws), []);
  });

  it('deleting a record reports its referrers; creating it again clears them', async () => {
    const ws = await openWorkspace(readFixture('base'));
    const affected = ws.remove('programmes/prog.md');
    // The mission sold this programme through its quote: it and its sessions compare their hours with it.
    assert.deepStrictEqual([...affected].sort(), [
      'missions/mission-a.md',
      'quotes/quote-a.md',
      'sessions/session-a.md',
      'sessions/session-b.md',
    ]);
    assert.deepStrictEqual(codes(ws), ['quotes/quote-a.md ref.missing', 'sessions/session-a.md ref.missing']);
    await ws.update('programmes/prog.md', baseFile('programmes/prog.md'));
    assert.deepStrictEqual(codes(ws), []);
  });

  it('renaming a record changes its id: referrers to the old id are reported', async () => {
    const ws = await openWorkspace(readFixture('base'));
    await ws.rename('people/fac-a.md', 'people/samir-vidal.md', baseFile('people/fac-a.md'));
    assert.deepStrictEqual(codes(ws), ['missions/mission-a.md ref.missing', 'sessions/session-a.md ref.missing']);
    assert.strictEqual(ws.filesWithId('samir-vidal').length, 1);
    assert.strictEqual(ws.referrers('fac-a').length, 2);
  });

  it('a new duplicate marks both files, and deleting it clears the original', async () => {
    const ws = await openWorkspace(readFixture('base'));
    await ws.update('archive/prog.md', baseFile('programmes/prog.md'));
    assert.deepStrictEqual(codes(ws), ['archive/prog.md id.duplicate', 'programmes/prog.md id.duplicate']);
    ws.remove('archive/prog.md');
    assert.deepStrictEqual(codes(ws), []);
  });

  it('changing atelier.yaml revalidates everything in the new language', async () => {
    const ws = await openWorkspace(readFixture('base'));
    await ws.update('sessions/session-b.md', baseFile('sessions/session-b.md').replace('kind: workshop', 'kind: nope'));
    assert.match(ws.diagnostics()[0].message, /is not allowed/);
    await ws.update('atelier.yaml', baseFile('atelier.yaml').replace('locale: en', 'locale: fr'));
    assert.match(ws.diagnostics()[0].message, /n'est pas une valeur permise/);
  });
});

describe('full record data on demand', () => {
  it('gives a session with its participants, and its body', async () => {
    const ws = await openWorkspace(readFixture('base'));
    const s = ws.record('session-a', 'session');
    assert.ok(s);
    assert.strictEqual((s.data.participants as unknown[]).length, 2);
    assert.strictEqual(s.body.trim(), 'Notes libres.');
    assert.strictEqual(ws.record('session-a', 'quote'), undefined);
    assert.strictEqual(ws.recordsOf('person').length, 3);
  });
});
