/**
 * Real git repositories in temp folders, isolated from the machine's git configuration, with
 * commits at fixed dates; and `atelier validate --base` run on them in-process.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { cli } from '../../src/cli/cli';
import { SAMPLE } from '../cli/run';
import { tempDir } from '../helpers/temp';
import { TODAY, unmark, type Mark } from '../helpers/workspace';

// Every git command of the tests, and of the code under test, ignores the user's and the system's settings.
process.env.GIT_CONFIG_GLOBAL = '/dev/null';
process.env.GIT_CONFIG_NOSYSTEM = '1';

/** Temp folders made by these tests, removed when the run ends. */
export { tempDir };

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Camille Martin',
  GIT_AUTHOR_EMAIL: 'camille@example.org',
  GIT_COMMITTER_NAME: 'Camille Martin',
  GIT_COMMITTER_EMAIL: 'camille@example.org',
};

/** "2026-10-20" → noon in Paris that day; a full ISO date is kept. */
function when(day: string): string {
  return day.length === 10 ? `${day}T12:00:00+02:00` : day;
}

export class Repo {
  readonly marks = new Map<string, Mark[]>();
  /** The texts written with their marks, so that later edits keep them. */
  private readonly sources = new Map<string, string>();

  private constructor(readonly dir: string) {}

  /** An empty repository (no commit). */
  static empty(): Repo {
    const repo = new Repo(tempDir('atelier-git-'));
    repo.git('init', '-q', '-b', 'main');
    return repo;
  }

  /** The sample workspace committed once, on `day` (before any of its sessions). */
  static sample(day = '2026-01-05', folder = ''): Repo {
    const repo = Repo.empty();
    fs.cpSync(SAMPLE, path.join(repo.dir, folder), { recursive: true });
    repo.commit('Import the sample workspace', day);
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, ...IDENTITY },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  read(file: string): string {
    return fs.readFileSync(path.join(this.dir, file), 'utf8');
  }

  /** Writes a file; ⟦code|text⟧ marks are removed and remembered as the diagnostics expected there. */
  write(file: string, marked: string): void {
    const { text, marks } = unmark(file, marked);
    this.sources.set(file, marked);
    fs.mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    fs.writeFileSync(path.join(this.dir, file), text);
    if (marks.length) this.marks.set(file, marks);
    else this.marks.delete(file);
  }

  /** Rewrites a file with one replacement, which must apply. */
  edit(file: string, from: string, to: string): void {
    // The marked text, unless the file changed on disk since (a checkout, a merge).
    const marked = this.sources.get(file);
    const text = marked !== undefined && unmark(file, marked).text === this.read(file) ? marked : this.read(file);
    assert.ok(text.includes(from), `${file} has no ${JSON.stringify(from)}`);
    this.write(file, text.replace(from, to));
  }

  /** Deletes a file (and what was expected in it). */
  remove(file: string): void {
    fs.rmSync(path.join(this.dir, file));
    this.marks.delete(file);
    this.sources.delete(file);
  }

  /** Renames a file without telling git (as an editor's Explorer does), keeping its marks. */
  move(from: string, to: string): void {
    const text = this.sources.get(from) ?? this.read(from);
    this.remove(from);
    this.write(to, text);
  }

  /** Commits everything at a fixed author date (and committer date, the same unless given); returns the hash. */
  commit(message: string, day: string, committed = day): string {
    this.git('add', '-A');
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: { ...process.env, ...IDENTITY, GIT_AUTHOR_DATE: when(day), GIT_COMMITTER_DATE: when(committed) },
    });
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** Merges a branch into the current one with a merge commit at a fixed date. */
  merge(branch: string, day: string): void {
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', `Merge ${branch}`, branch], {
      cwd: this.dir,
      env: { ...process.env, ...IDENTITY, GIT_AUTHOR_DATE: when(day), GIT_COMMITTER_DATE: when(day) },
      stdio: 'ignore',
    });
  }

  /** Every mark written so far (files rewritten without marks expect nothing). */
  expected(): Mark[] {
    return [...this.marks.values()].flat();
  }
}

export interface Validation {
  status: number;
  stdout: string;
  stderr: string;
  diagnostics: {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    code: string;
    message: string;
    severity: string;
  }[];
}

/** `atelier validate --base BASE --format json` in-process, on a fixed day, without cache. */
export async function validate(dir: string, args: string[], today = TODAY): Promise<Validation> {
  let stdout = '';
  let stderr = '';
  const status = await cli(
    ['validate', '--workspace', dir, '--format', 'json', '--no-cache', '--today', today, ...args],
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir },
  );
  const diagnostics = stdout ? (JSON.parse(stdout) as { diagnostics: Validation['diagnostics'] }).diagnostics : [];
  return { status, stdout, stderr, diagnostics };
}

const key = (d: { file: string; line: number; column: number; endLine: number; endColumn: number; code: string }) =>
  `${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.code}`;

/** Validates against `base` and checks the diagnostics are exactly the marked ones, at their ranges. */
export async function expectReview(repo: Repo, base: string, today = TODAY): Promise<Validation> {
  const v = await validate(repo.dir, ['--base', base], today);
  assert.ok(v.status === 0 || v.status === 1, `exit ${v.status}: ${v.stderr}`);
  assert.deepStrictEqual(
    v.diagnostics.map(key).sort(),
    repo.expected().map(key).sort(),
    `diagnostics:\n${v.diagnostics.map((d) => `${key(d)} ${d.message}`).join('\n')}`,
  );
  return v;
}
