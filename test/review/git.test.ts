/** The history side against real repositories: renames, merges, shallow clones, empty repos, conflicts. */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { atelier, SAMPLE } from '../cli/run';
import { TODAY } from '../helpers/workspace';
import { expectReview, Repo, tempDir, validate } from './repo';

const PARIS = 'sessions/2026-10-01-se-reunir-autrement-paris.md';
const END_OF_LIST = '---\n\nSession inter du catalogue';

function participant(first: string, key = 'first_name'): string {
  const email = `${first.toLowerCase()}@example.org`;
  return `  - ${key}: ${first}\n    last_name: Morel\n    email: ${email}\n    added_on: 2026-10-10\n    attendance: [null, null, null, null]\n`;
}

const late = (first: string) => participant(first, '⟦review.late-participant|first_name⟧');

describe('review: git history', function () {
  // Real work: each test builds git repositories of the sample workspace (clones, fetches, merges),
  // a few seconds on an idle machine; the margin is for a machine busy with other jobs.
  this.timeout(60_000);

  it('follows a rename: base version, and the date of the commit before the rename', async () => {
    const repo = Repo.sample();
    repo.edit(PARIS, END_OF_LIST, late('Lina') + END_OF_LIST);
    const added = repo.commit('Add Lina', '2026-10-20');
    repo.move(PARIS, 'sessions/2026-10-01-paris.md');
    repo.commit('Shorter name', '2026-10-21');
    const v = await expectReview(repo, 'HEAD~2');
    assert.match(v.diagnostics[0].message, new RegExp(`par le commit ${added.slice(0, 7)} le 2026-10-20`));
  });

  it('follows a rename not committed yet (an Explorer rename) back to the commits before it', async () => {
    const repo = Repo.sample();
    repo.edit(PARIS, END_OF_LIST, participant('Lina') + END_OF_LIST);
    repo.commit('Add Lina in time', '2026-10-12');
    repo.move(PARIS, 'sessions/2026-10-01-paris.md');
    await expectReview(repo, 'HEAD~1');
  });

  it('through a merge, dates each participant by the commit that added it, not the merge', async () => {
    const repo = Repo.sample();
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', '-b', 'inscriptions');
    repo.edit(PARIS, END_OF_LIST, participant('Lina') + END_OF_LIST);
    repo.commit('Add Lina (in time)', '2026-10-12');
    repo.edit(PARIS, END_OF_LIST, late('Zoe') + END_OF_LIST);
    const zoe = repo.commit('Add Zoé (late)', '2026-10-20');
    repo.git('checkout', '-q', 'main');
    fs.appendFileSync(path.join(repo.dir, 'missions/2026-vallee-verte-numerique.md'), '\nRelance faite.\n');
    repo.commit('Meanwhile on main', '2026-10-13');
    repo.merge('inscriptions', '2026-10-30');
    const v = await expectReview(repo, base);
    assert.match(
      v.diagnostics[0].message,
      new RegExp(`^Zoe Morel a été ajouté·e par le commit ${zoe.slice(0, 7)} le 2026-10-20`),
    );
  });

  it('dates by author date, which a rebase keeps (committer date: the rebase)', async () => {
    const repo = Repo.sample();
    repo.edit(PARIS, END_OF_LIST, participant('Lina') + END_OF_LIST);
    repo.commit('Add Lina in time, rebased later', '2026-10-12', '2026-11-20');
    await expectReview(repo, 'HEAD~1');
  });

  it('works in a shallow clone once the base is fetched, and says how to fetch it before', async () => {
    const origin = Repo.sample();
    origin.git('checkout', '-q', '-b', 'feature');
    origin.edit(PARIS, END_OF_LIST, late('Lina') + END_OF_LIST);
    origin.commit('Add Lina', '2026-10-20');
    const clone = tempDir('atelier-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin.dir}`, clone]);
    assert.strictEqual(
      execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: clone, encoding: 'utf8' }).trim(),
      'true',
    );
    const before = await validate(clone, ['--base', 'origin/main']);
    assert.strictEqual(before.status, 2);
    assert.match(
      before.stderr,
      /^atelier: revision "origin\/main" not found in this repository\. This is a shallow clone: fetch the base first, e\.g\. `git fetch --depth 1 origin main:refs\/remotes\/origin\/main`\.\n$/,
    );
    execFileSync('git', ['fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main'], { cwd: clone });
    const after = await validate(clone, ['--base', 'origin/main']);
    assert.strictEqual(after.status, 1, after.stderr);
    assert.deepStrictEqual(
      after.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`),
      [`${PARIS}:${origin.expected()[0].line}:5 review.late-participant`],
    );
  });

  it('in a shallow clone, says it cannot date what the oldest fetched commit holds, instead of a false error', async () => {
    const origin = Repo.sample();
    origin.git('checkout', '-q', '-b', 'feature');
    origin.edit(PARIS, END_OF_LIST, participant('Lina') + END_OF_LIST);
    origin.commit('Add Lina in time', '2026-10-10');
    origin.edit(PARIS, '75011 Paris', '75011 Paris (2e étage)');
    origin.commit('Say which floor', '2026-11-20');
    const full = await validate(origin.dir, ['--base', 'main']);
    assert.deepStrictEqual(full.diagnostics, [], 'Lina was added in time');
    const clone = tempDir('atelier-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin.dir}`, clone]);
    execFileSync('git', ['fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main'], { cwd: clone });
    const shallow = await validate(clone, ['--base', 'origin/main']);
    assert.strictEqual(shallow.status, 0, shallow.stderr);
    assert.deepStrictEqual(
      shallow.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`),
      [`${PARIS} info review.shallow-history`],
    );
    assert.match(
      shallow.diagnostics[0].message,
      /^Règle 2 non vérifiée : ce clone est superficiel .*`git fetch --unshallow`/,
    );
  });

  it('compares with where the branch left the base: what the base branch did since is not the change', async () => {
    const repo = Repo.sample();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.edit(PARIS, '75011 Paris', '75011 Paris (2e étage)');
    repo.commit('Say which floor', '2026-11-20');
    repo.git('checkout', '-q', 'main');
    // Meanwhile on main: a mission is closed (the feature branch still has it open).
    repo.edit('missions/2026-rouages-consentement.md', 'status: open', 'status: closed\nclosed_on: 2026-11-21');
    repo.commit('Close the mission', '2026-11-21');
    repo.git('checkout', '-q', 'feature');
    await expectReview(repo, 'main');
  });

  it('in a repository with no commits yet: validate works, --base says there is nothing to compare with', async () => {
    const repo = Repo.empty();
    fs.cpSync(SAMPLE, repo.dir, { recursive: true });
    assert.strictEqual((await validate(repo.dir, [])).status, 0);
    const v = await validate(repo.dir, ['--base', 'HEAD']);
    assert.strictEqual(v.status, 2);
    assert.match(v.stderr, /this repository has no commits yet, so there is nothing to compare with/);
  });

  it('outside any repository: a clear message, exit 2', async () => {
    const dir = tempDir('atelier-nogit-');
    fs.cpSync(SAMPLE, dir, { recursive: true });
    const v = await validate(dir, ['--base', 'main']);
    assert.strictEqual(v.status, 2);
    assert.match(v.stderr, /is not in a git repository: comparing with a revision needs git history/);
  });

  it('a file with merge-conflict markers: reported once as a conflict, no review finding, no crash', async () => {
    const repo = Repo.sample();
    repo.git('checkout', '-q', '-b', 'other');
    repo.edit(PARIS, 'capacity: 15', 'capacity: 16');
    repo.commit('16 seats', '2026-11-02');
    repo.git('checkout', '-q', 'main');
    repo.edit(PARIS, 'capacity: 15', 'capacity: 14');
    repo.commit('14 seats', '2026-11-03');
    assert.throws(() => repo.git('merge', 'other'));
    const v = await validate(repo.dir, ['--base', 'main']);
    assert.strictEqual(v.status, 1, v.stderr);
    assert.deepStrictEqual(
      v.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`),
      [`${PARIS}:${repo.read(PARIS).split('\n').indexOf('<<<<<<< HEAD') + 1} git.conflict`],
    );
    const staged = await validate(repo.dir, ['--staged', '--base', 'HEAD']);
    assert.deepStrictEqual(
      staged.diagnostics.map((d) => d.code),
      ['git.conflict'],
    );
    // `atelier diff` says so too, rather than "record deleted".
    const diff = await atelier(['diff', 'main', '--workspace', repo.dir, '--format', 'json', '--today', TODAY]);
    assert.strictEqual(diff.status, 0, diff.stderr);
    const session = (
      JSON.parse(diff.stdout) as { records: { path: string; change: string; summary: string }[] }
    ).records.find((r) => r.path === PARIS);
    assert.deepStrictEqual(
      [session?.change, session?.summary],
      ['modified', 'conflit de fusion non résolu : la fiche ne peut pas être lue (voir `atelier validate`)'],
    );
  });

  it('a workspace in a subfolder of the repository', async () => {
    const repo = Repo.sample('2026-01-05', 'coop');
    const file = `coop/${PARIS}`;
    repo.edit(file, END_OF_LIST, participant('Lina') + END_OF_LIST);
    repo.commit('Add Lina', '2026-10-20');
    const v = await validate(path.join(repo.dir, 'coop'), ['--base', 'HEAD~1']);
    assert.deepStrictEqual(
      v.diagnostics.map((d) => `${d.file} ${d.code}`),
      [`${PARIS} review.late-participant`],
    );
  });

  it('--staged checks what is staged, not the working tree', async () => {
    const repo = Repo.sample();
    repo.edit(PARIS, END_OF_LIST, participant('Lina') + END_OF_LIST);
    repo.git('add', PARIS);
    fs.writeFileSync(path.join(repo.dir, PARIS), fs.readFileSync(path.join(SAMPLE, PARIS)));
    const staged = await validate(repo.dir, ['--staged', '--base', 'HEAD']);
    assert.deepStrictEqual(
      staged.diagnostics.map((d) => d.code),
      ['review.late-participant'],
    );
    const worktree = await validate(repo.dir, ['--base', 'HEAD']);
    assert.deepStrictEqual(worktree.diagnostics, []);
  });
});
