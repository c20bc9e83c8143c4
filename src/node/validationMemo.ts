/**
 * The last report of `atelier validate` on a folder, remembered with what it was made from: the
 * build, the day, atelier.yaml's text, the list of records and each one's size and modification time.
 * When all of those are the same (and no record was modified racily close to that run), the same report
 * is printed again without reading a record, loading the analysis cache or running a rule: the cost of
 * a warm run becomes listing and stating the files. Any failure or doubt just means "not remembered".
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyzeConfigFile, MAX_FILE_BYTES } from '../core/analyze';
import { CONFIG_FILE } from '../core/config';
import type { Diagnostic } from '../core/diagnostics';
import type { FileStat } from '../core/host';
import { isLocale, type Locale } from '../core/i18n/messages';
import { isRecordCandidate } from '../core/workspace';
import { BUILD_ID, cacheDir, cacheFile, digest, isFileDiagnostic, RACY_MS, save } from './cache';
import { nodeWorkspaceFiles } from './nodeFiles';

/** What `atelier validate` prints from, in the workspace's language. */
export interface ValidationReport {
  files: number;
  records: number;
  diagnostics: Diagnostic[];
  locale: Locale;
}

const MAGIC = 'atelier-validation/1';

/** What a run saw before loading anything: compared with the memo, then stored with the report. */
interface Seen {
  key: string;
  /** Every stat below was taken after this moment (ms since the epoch). */
  statsSince: number;
  paths: string[];
  /** `[size, mtimeMs]` per path; null for a file that has none (a link out of the workspace, gone). */
  stats: ([number, number] | null)[];
}

interface Memo extends Seen {
  report: ValidationReport;
}

/** The memo file of a workspace folder, beside its analysis cache. */
export function memoFile(workspaceDir: string, dir = cacheDir()): string {
  return cacheFile(workspaceDir, dir).replace(/\.cache$/, '.validation');
}

/** The folder as this run sees it, or undefined when there is no atelier.yaml to key it by. */
async function look(dir: string, today: string): Promise<Seen | undefined> {
  const files = nodeWorkspaceFiles(path.resolve(dir));
  const statsSince = Date.now();
  const listed = await files.list();
  // Read only within the limit the workspace applies to every file (it reports a larger one itself).
  const [configStat] = await files.stat!([CONFIG_FILE]);
  if (!configStat || configStat.size > MAX_FILE_BYTES) return undefined;
  const configText = files.readTextSync?.(CONFIG_FILE);
  if (configText === undefined) return undefined;
  const { config } = analyzeConfigFile(configText);
  const paths = listed.filter((p) => isRecordCandidate(p, config)).sort();
  const stats = (await files.stat!(paths)).map((s: FileStat | undefined) =>
    s ? ([s.size, s.mtimeMs] as [number, number]) : null,
  );
  const unreadable = JSON.stringify(files.unreadableFolders?.() ?? []);
  return { key: `${BUILD_ID}|${today}|${digest(configText)}|${digest(unreadable)}`, statsSince, paths, stats };
}

/** A diagnostic as the report prints it: positioned, with its file and message. */
function isDiagnostic(d: unknown): d is Diagnostic {
  const o = d as Record<string, unknown>;
  return isFileDiagnostic(d) && typeof o.file === 'string' && typeof o.message === 'string';
}

/** The memo in `file` when it is whole and well formed; undefined otherwise. */
function readMemo(file: string): Memo | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    const [magic, signature] = text.split(' ', 2);
    const json = text.slice(magic.length + signature.length + 2);
    if (magic !== MAGIC || digest(json) !== signature) return undefined;
    const m = JSON.parse(json) as Memo;
    const counts = [m.report?.files, m.report?.records];
    if (typeof m.key !== 'string' || !Number.isFinite(m.statsSince) || !counts.every(Number.isSafeInteger))
      return undefined;
    if (!Array.isArray(m.paths) || !Array.isArray(m.stats) || m.paths.length !== m.stats.length) return undefined;
    if (!isLocale(m.report.locale)) return undefined;
    if (!Array.isArray(m.report.diagnostics) || !m.report.diagnostics.every(isDiagnostic)) return undefined;
    return m;
  } catch {
    return undefined;
  }
}

/** Does the memo hold for what this run sees? Same key, same files, same stats, none racily recent. */
function holds(m: Memo, now: Seen): boolean {
  if (m.key !== now.key || m.paths.length !== now.paths.length) return false;
  const trustedBefore = m.statsSince - RACY_MS;
  for (let i = 0; i < now.paths.length; i++) {
    const was = m.stats[i];
    const is = now.stats[i];
    if (m.paths[i] !== now.paths[i]) return false;
    if (was === null || is === null) {
      if (was !== is) return false;
    } else if (!Array.isArray(was) || was[0] !== is[0] || was[1] !== is[1] || !(was[1] < trustedBefore)) return false;
  }
  return true;
}

export interface ValidationMemo {
  /** The remembered report, when it still holds. */
  recalled: ValidationReport | undefined;
  /** Stores this run's report with what was seen before it was made. */
  remember(report: ValidationReport): Promise<void>;
}

/**
 * Looks at the folder and at its memo. A file changed after the look and before the workspace is read
 * only makes the stored stats older than the report: the next run sees a difference, never a stale report.
 */
export async function validationMemo(workspaceDir: string, today: string): Promise<ValidationMemo> {
  const file = memoFile(workspaceDir);
  const seen = await look(workspaceDir, today).catch(() => undefined);
  const memo = seen && readMemo(file);
  return {
    recalled: memo && seen && holds(memo, seen) ? memo.report : undefined,
    async remember(report) {
      if (!seen) return;
      await save(file, () => {
        const json = JSON.stringify({ ...seen, report } satisfies Memo);
        return `${MAGIC} ${digest(json)} ${json}`;
      });
    },
  };
}
