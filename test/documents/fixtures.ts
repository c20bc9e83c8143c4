/** Temp workspaces for the document tests: the sample plus sessions with many and tricky participants. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { copyToTemp, ROOT, SAMPLE, type Run } from '../cli/run';
import { removeDirs } from '../helpers/temp';

export const TODAY = '2026-11-23';

/** Names that must print exactly as written, and values that must stay inert text. */
export const TRICKY: { first_name: string; last_name: string; organisation?: string }[] = [
  { first_name: 'Lê Thị', last_name: 'Nguyễn' },
  { first_name: 'Søren', last_name: 'Ørsted' },
  { first_name: 'Inès', last_name: "D'Almeida", organisation: 'Coopérative l’Œuvre & Cie' },
  { first_name: '<script>alert(1)</script>', last_name: 'Scriptovitch' },
  { first_name: '<img src=x onerror=alert(1)>', last_name: 'Imagier' },
  { first_name: 'Jean', last_name: '../../etc/passwd' },
];

export interface BigSessionOptions {
  id?: string;
  count?: number;
  title?: string;
  groups?: boolean;
  /** The day of both slots (default 2026-10-08, before TODAY: done); from TODAY on the session is launched. */
  date?: string;
}

const q = (s: string) => JSON.stringify(s);

/** A training day (two half-days, past by default) of the inter offer with `count` participants, the tricky ones first. */
export function bigSession(o: BigSessionOptions = {}): string {
  const count = o.count ?? 60;
  const date = o.date ?? '2026-10-08';
  const people = Array.from(
    { length: count },
    (_, i) =>
      TRICKY[i] ?? {
        first_name: `Prénom${i + 1}`,
        last_name: `Nom${String(i + 1).padStart(2, '0')}`,
        organisation: `Structure ${(i % 7) + 1}`,
      },
  );
  const attendance = (i: number) =>
    i === 6
      ? '[present, excused]'
      : i === 7
        ? '[absent, absent]'
        : i === 8
          ? '[excused, present]'
          : '[present, present]';
  const lines = [
    '---',
    'type: session',
    `title: ${q(o.title ?? 'Journée inter — outils numériques')}`,
    'programme: outils-numeriques-ethiques',
    'offer: inter',
    'kind: training-day',
    `status: ${date < TODAY ? 'done' : 'launched'}`,
    'slots:',
    `  - date: ${date}`,
    '    start: "09:30"',
    '    end: "12:30"',
    `  - date: ${date}`,
    '    start: "14:00"',
    '    end: "17:00"',
    'place: Maison des associations, 12 rue de la Paix, 69001 Lyon',
    'facilitators: [ana-ribeiro, lea-nguyen]',
    `capacity: ${Math.max(count, 1)}`,
    'participants:',
    ...people.flatMap((p, i) => [
      `  - first_name: ${q(p.first_name)}`,
      `    last_name: ${q(p.last_name)}`,
      `    email: p${i + 1}@participants.example`,
      `    organisation: ${q(p.organisation ?? 'Association Exemple')}`,
      '    added_on: 2026-09-01',
      ...(date > TODAY ? [] : [`    attendance: ${attendance(i)}`]),
      ...(o.groups ? [`    group: ${i % 3 === 2 ? 'lea-nguyen' : 'ana-ribeiro'}`] : []),
    ]),
    '---',
    '',
  ];
  return lines.join('\n');
}

const created: string[] = [];

/**
 * Deletes the temp workspaces made so far (an `after` hook of each suite): without blocking, and
 * without a time limit (many copies of the sample workspace take a while to delete on a busy machine).
 */
export async function removeTempWorkspaces(this: Mocha.Context): Promise<void> {
  this.timeout(0);
  await removeDirs(created.splice(0));
}

/** A temp copy of the sample workspace with files added or replaced. */
export function workspaceWith(
  files: Record<string, string> = {},
  options: { locale?: 'fr' | 'en'; git?: boolean } = {},
): string {
  const dir = copyToTemp(SAMPLE);
  created.push(dir);
  fs.rmSync(path.join(dir, 'generated'), { recursive: true, force: true });
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  if (options.locale === 'en') {
    const cfg = path.join(dir, 'atelier.yaml');
    fs.writeFileSync(cfg, fs.readFileSync(cfg, 'utf8').replace('locale: fr', 'locale: en'));
  }
  if (options.git) {
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'data');
  }
  return dir;
}

/**
 * The text of a PDF (or of one page) with pdftotext (poppler-utils): laid out like the page, or
 * `raw` in drawing order, where a value wrapped in its cell reads as consecutive lines.
 */
export function pdfText(file: string, page?: number, mode: 'layout' | 'raw' = 'layout'): string {
  const args = [`-${mode}`, ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'];
  const r = spawnSync('pdftotext', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

export function pdfPages(file: string): number {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(r.stdout);
  if (!m) throw new Error(`pdfinfo failed: ${r.stderr}`);
  return +m[1];
}

/** The files a run printed on stdout (paths relative to the folder it ran in, or absolute). */
export function writtenAll(r: Run): string[] {
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => path.resolve(ROOT, l));
}

/** The one file a run printed. */
export function written(r: Run): string {
  const files = writtenAll(r);
  if (files.length !== 1) throw new Error(`expected one path on stdout, got:\n${r.stdout}\n${r.stderr}`);
  return files[0];
}

/** The files of a folder as its owner sees them: the run's manifest (.atelier-manifest.json) aside. */
export function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f !== '.atelier-manifest.json');
}
