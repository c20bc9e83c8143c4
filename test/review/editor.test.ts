/** The git side of the editor's review: unsaved buffers, the default base, blame for the hover. */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { Workspace } from '../../src/core/workspace';
import { blameLines, headCommit, parseBlame } from '../../src/node/blame';
import { nodeWorkspaceFiles } from '../../src/node/nodeFiles';
import { reviewWorkspace } from '../../src/node/review';
import { editorBase } from '../../src/node/reviewBase';
import { fixedClock } from '../../src/core/host';
import { TODAY } from '../helpers/workspace';
import { Repo, tempDir } from './repo';

const LYON_2 = 'sessions/2026-04-09-atelier-lyon-2.md';

async function loaded(dir: string): Promise<Workspace> {
  const ws = new Workspace({ files: nodeWorkspaceFiles(dir), clock: fixedClock(TODAY) });
  await ws.load();
  return ws;
}

describe('review: in the editor', () => {
  it('reviews an unsaved buffer of a file git sees unchanged, and forgets it once it is back to the base', async () => {
    const repo = Repo.sample();
    const ws = await loaded(repo.dir);
    const edited = repo.read(LYON_2).replace('start: "14:00"', 'start: "13:30"');
    const run = (text: string) =>
      reviewWorkspace(ws, repo.dir, {
        base: 'HEAD',
        currentText: (p) => (p === LYON_2 ? text : ws.textOf(p)),
        dirtyPaths: [LYON_2],
      });
    const moved = await run(edited);
    assert.deepStrictEqual(
      moved.result.records.map((r) => r.path),
      [LYON_2],
    );
    // Its mission is closed too: frozen twice.
    assert.deepStrictEqual((moved.result.diagnostics.get(LYON_2) ?? []).map((d) => d.code).sort(), [
      'review.mission-frozen',
      'review.slots-frozen',
    ]);
    const undone = await run(repo.read(LYON_2));
    assert.deepStrictEqual(undone.result.records, []);
  });

  it('takes the upstream of the branch as the default base, else HEAD; a setting wins', async () => {
    const repo = Repo.sample();
    assert.equal(await editorBase(repo.dir, ''), 'HEAD');
    assert.equal(await editorBase(repo.dir, ' v1 '), 'v1');
    const clone = path.join(tempDir('atelier-clone-'), 'c');
    execFileSync('git', ['clone', '-q', repo.dir, clone]);
    assert.equal(await editorBase(clone, ''), 'origin/main');
    assert.equal(await editorBase(tempDir('atelier-nogit-'), ''), 'HEAD');
  });

  it('blames the buffer: committed lines name their commit, edited ones are not committed yet', async () => {
    const repo = Repo.sample();
    const hash = repo.git('rev-parse', 'HEAD').trim();
    assert.equal(await headCommit(repo.dir), hash);
    const text = repo.read(LYON_2).replace('status: done', 'status: launched');
    const lines = await blameLines(repo.dir, LYON_2, text, 2, 9);
    assert.ok(lines);
    const status = [...lines.entries()].find(([n]) => text.split('\n')[n - 1] === 'status: launched');
    assert.equal(status?.[1].committed, false);
    const type = lines.get(2)!;
    assert.deepStrictEqual(
      { ...type, date: type.date.slice(0, 10) },
      { committed: true, hash, author: 'Camille Martin', date: '2026-01-05', subject: 'Import the sample workspace' },
    );
    assert.equal(await blameLines(tempDir('atelier-nogit-'), 'x.md', 'x', 1, 1), undefined);
  });

  it('reads porcelain where a commit is detailed once for several lines', () => {
    const a = 'a'.repeat(40);
    const porcelain = [
      `${a} 1 1 2`,
      'author Ana',
      'author-time 1767614400',
      'summary First',
      'filename f.md',
      '\tx',
      `${a} 2 2`,
      '\ty',
      '',
    ].join('\n');
    const lines = parseBlame(porcelain);
    assert.equal(lines.size, 2);
    assert.equal(lines.get(2)?.subject, 'First');
    assert.equal(lines.get(2)?.author, 'Ana');
  });
});
