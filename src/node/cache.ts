/**
 * A per-workspace cache of file analyses keyed by content, so that validating an unchanged
 * workspace again costs little more than reading it. Any failure just means "no cache".
 */
import * as crypto from 'crypto';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FileAnalysis, FileDiagnostic } from '../core/analyze';
import type { Analyzer } from '../core/analyzer';
import type { WorkspaceConfig } from '../core/config';
import { isDiagnosticCode } from '../core/i18n/messages';

declare const __BUILD_ID__: string;
export const BUILD_ID = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';

interface Entry {
  hash: string;
  /** The file's size and modification time when it was read (absent when the host has none). */
  size?: number;
  mtimeMs?: number;
  analysis: FileAnalysis;
  /** Its cross-record diagnostics, valid while every file of the workspace is as it was (absent: none). */
  cross?: FileDiagnostic[];
}

interface CacheFile {
  key: string;
  /** Every size and mtime of the file was taken after this moment (ms since the epoch). */
  statsSince: number;
  entries: Record<string, Entry>;
}

/**
 * The file, one line each: `CACHE_MAGIC SIGNATURE {"key","statsSince","body"}`, then `SIGNATURE ["path",entry]`
 * per file. A signature is a hash of the line's JSON (with the key, for an entry): any damage (a
 * flipped byte, a truncation, a line from another run's key) makes that line a miss, never a wrong
 * result. `body` hashes every line after the head: when it holds, no line needs its own check.
 */
export const CACHE_MAGIC = 'atelier-cache/4';

/**
 * An entry may hold this much beyond four times its file's size (diagnostics, facts): more means
 * something expanded without bound, and it is not kept (the file is simply analysed again).
 */
const ENTRY_SLACK_CHARS = 64 * 1024;

/**
 * A file modified less than this before its size and mtime were taken may have changed again
 * within the same mtime tick (coarse file systems: 2 s): it is read and hashed, not trusted.
 */
export const RACY_MS = 2000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isLine = (v: unknown): boolean => isCount(v) && v >= 1;
const SEVERITIES = new Set(['error', 'warning', 'info']);

/** A positioned diagnostic of a file as the core makes it (code, severity, 1-based range). */
export function isFileDiagnostic(d: unknown): boolean {
  if (!isObject(d) || !isDiagnosticCode(String(d.code)) || !SEVERITIES.has(String(d.severity))) return false;
  if (!isLine(d.line) || !isLine(d.column) || !isLine(d.endLine) || !isLine(d.endColumn)) return false;
  if (d.args !== undefined && !isObject(d.args)) return false;
  return d.path === undefined || Array.isArray(d.path);
}

function isReference(r: unknown): boolean {
  return isObject(r) && Array.isArray(r.path) && typeof r.id === 'string' && typeof r.expected === 'string';
}

/** An entry as this build writes it; anything else (a damaged or foreign line) is ignored. */
function isEntry(path: string, e: unknown): e is Entry {
  if (!isObject(e) || typeof e.hash !== 'string' || !isObject(e.analysis)) return false;
  const a = e.analysis;
  if (a.path !== path || typeof a.id !== 'string' || typeof a.isRecord !== 'boolean') return false;
  if (!Array.isArray(a.refs) || !a.refs.every(isReference)) return false;
  if (!Array.isArray(a.diagnostics) || !a.diagnostics.every(isFileDiagnostic)) return false;
  if (a.type !== undefined && typeof a.type !== 'string') return false;
  if (a.facts !== undefined && !isObject(a.facts)) return false;
  if (a.attendance !== undefined && !isObject(a.attendance)) return false;
  if (a.participantCount !== undefined && !isCount(a.participantCount)) return false;
  if (e.cross !== undefined && (!Array.isArray(e.cross) || !e.cross.every(isFileDiagnostic))) return false;
  const stat = e.size === undefined && e.mtimeMs === undefined;
  return stat || (isCount(e.size) && Number.isFinite(e.mtimeMs));
}

/** The signature of a line's JSON (for an entry, bound to the cache key it was written under). */
export function signCacheLine(json: string, key?: string): string {
  return digest(key === undefined ? json : `${key}\u0000${json}`);
}

/** The JSON of a signed line, or undefined when the line is damaged. */
function verified(line: string, key?: string): string | undefined {
  const space = line.indexOf(' ');
  if (space < 0) return undefined;
  const json = line.slice(space + 1);
  return signCacheLine(json, key) === line.slice(0, space) ? json : undefined;
}

/**
 * The cache file's valid entries, or `undefined` when it is not one of ours. When the head's hash of
 * all the lines below it holds (the usual case), the lines are not checked one by one: one hash of
 * the file's bytes instead of ten thousand of its strings.
 */
function parseCache(bytes: Buffer): CacheFile | undefined {
  const nl = bytes.indexOf(10);
  const first = bytes.toString('utf8', 0, nl < 0 ? bytes.length : nl);
  const head = first.startsWith(`${CACHE_MAGIC} `) ? verified(first.slice(CACHE_MAGIC.length + 1)) : undefined;
  const raw: unknown = head === undefined ? undefined : JSON.parse(head);
  if (!isObject(raw) || typeof raw.key !== 'string' || !Number.isFinite(raw.statsSince)) return undefined;
  const key = raw.key;
  const body = nl < 0 ? bytes.subarray(bytes.length) : bytes.subarray(nl + 1);
  const whole = typeof raw.body === 'string' && crypto.createHash('sha1').update(body).digest('base64') === raw.body;
  const lines = body.toString('utf8').split('\n');
  const entries: Record<string, Entry> = {};
  for (const line of lines) {
    const json = whole ? line.slice(line.indexOf(' ') + 1) : verified(line, key);
    if (!json) continue;
    const pair: unknown = JSON.parse(json);
    if (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && isEntry(pair[0], pair[1])) {
      entries[pair[0]] = pair[1];
    }
  }
  return { key, statsSince: raw.statsSince as number, entries };
}

/** The file's text: entries whose JSON passes their limit (`limits`, by path) are left out. */
function serialiseCache(content: CacheFile, limits: Record<string, number>): string {
  const lines: string[] = [];
  for (const [p, e] of Object.entries(content.entries)) {
    const json = JSON.stringify([p, e]);
    if (json.length <= (limits[p] ?? Infinity)) lines.push(`${signCacheLine(json, content.key)} ${json}\n`);
  }
  const body = lines.join('');
  const head = JSON.stringify({ key: content.key, statsSince: content.statsSince, body: digest(body) });
  return `${CACHE_MAGIC} ${signCacheLine(head)} ${head}\n${body}`;
}

/** How large an entry of a file of this many bytes or characters may be. */
const entryLimit = (size: number | undefined): number => ENTRY_SLACK_CHARS + 4 * (size ?? 0);

export function cacheDir(): string {
  return (
    process.env.ATELIER_CACHE_DIR ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'atelier')
  );
}

/** crypto.hash (Node 20.12+) is a one-shot hash, about twice as fast on ten thousand entries. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64') => string }).hash;

export function digest(s: string): string {
  return oneShot ? oneShot('sha1', s, 'base64') : crypto.createHash('sha1').update(s).digest('base64');
}

/** The cache file of a workspace folder. */
export function cacheFile(workspaceDir: string, dir = cacheDir()): string {
  return path.join(dir, `${digest(path.resolve(workspaceDir)).replace(/[/+=]/g, '_')}.cache`);
}

function cacheKey(config: WorkspaceConfig, today: string): string {
  return `${BUILD_ID}|${today}|${JSON.stringify(config)}`;
}

export interface CacheOptions {
  /**
   * Write the cache after `end()` has returned, not before (the editor publishes diagnostics
   * first; the CLI waits, so the file is whole before the next run).
   */
  writeInBackground?: boolean;
}

/**
 * Wraps an analyzer: files whose text, settings and date are unchanged are not analysed again;
 * files whose size and mtime are those recorded (and not racily recent) are not even read.
 */
export async function cachedAnalyzer(
  inner: Analyzer,
  workspaceDir: string,
  options: CacheOptions = {},
): Promise<Analyzer> {
  const file = cacheFile(workspaceDir);
  let previous: CacheFile | undefined;
  try {
    // One synchronous read: several times faster than fs.promises for a file of megabytes.
    previous = parseCache(readFileSync(file));
  } catch {
    previous = undefined;
  }
  let old: Record<string, Entry> = {};
  let oldCount = 0;
  /** Sizes and mtimes older than this are trusted. */
  let trustedBefore = -Infinity;
  let key = '';
  let startedAt = 0;
  /** This run's files. */
  let next: Record<string, Entry> = {};
  /** How large each entry of this run may be when written (entryLimit). */
  let limits: Record<string, number> = {};
  /** Files analysed again, or whose entry changes (a new mtime, a racy one checked): the file is written again. */
  let changes = 0;
  /** Files whose analysis is not the one the cache held (analysed again): the cross-record results are not either. */
  let analysed = 0;
  return {
    begin(fileCount, config, today) {
      // Before any stat of this run: every size and mtime recorded now is taken after it.
      startedAt = Date.now();
      key = cacheKey(config, today);
      old = previous?.key === key ? previous.entries : {};
      oldCount = Object.keys(old).length;
      trustedBefore = previous?.key === key ? previous.statsSince - RACY_MS : -Infinity;
      next = {};
      limits = {};
      changes = 0;
      analysed = 0;
      // With most files cached, workers would only compete with hashing for the cores.
      inner.begin?.(oldCount >= fileCount * 0.9 ? 0 : fileCount - oldCount, config, today);
    },
    known(path, stat) {
      const e = old[path];
      if (!e || e.size !== stat.size || e.mtimeMs !== stat.mtimeMs) return undefined;
      if (!(stat.mtimeMs < trustedBefore)) {
        // Racily clean: read and hashed; written again so that it can be trusted next time.
        changes++;
        return undefined;
      }
      next[path] = e;
      limits[path] = entryLimit(e.size);
      return e.analysis;
    },
    async analyze(inputs, config, today) {
      if (!key) {
        key = cacheKey(config, today);
        startedAt = Date.now();
      }
      // Nothing to compare with (a first run): the files are hashed while the workers analyse them, not
      // kept until the end (10,000 records are 60 MB of text).
      const compare = oldCount > 0;
      const before = compare ? inputs.map((i) => digest(i.text)) : undefined;
      const results = inputs.map((input, i) =>
        before && old[input.path]?.hash === before[i] ? old[input.path].analysis : undefined,
      );
      const missing = inputs.filter((_, i) => !results[i]);
      changes += missing.length;
      analysed += missing.length;
      const analysing = missing.length ? inner.analyze(missing, config, today) : Promise.resolve([]);
      const hashes = before ?? inputs.map((i) => digest(i.text));
      const fresh = await analysing;
      let k = 0;
      for (let i = 0; i < results.length; i++) if (!results[i]) results[i] = fresh[k++];
      inputs.forEach((input, i) => {
        const stat = { size: input.stat?.size, mtimeMs: input.stat?.mtimeMs };
        const was = old[input.path];
        limits[input.path] = entryLimit(Math.max(input.text.length, stat.size ?? 0));
        if (results[i] && was && (was.size !== stat.size || was.mtimeMs !== stat.mtimeMs)) changes++;
        // A file analysed again has no cross-record results yet: end() takes them from the index.
        const cross = results[i] === was?.analysis ? was.cross : undefined;
        next[input.path] = { hash: hashes[i], ...stat, analysis: results[i]!, cross };
      });
      return results as FileAnalysis[];
    },
    knownCross() {
      // The same files, every analysis the cached one: the rules across records would find the same.
      const same = analysed === 0 && oldCount > 0 && oldCount === Object.keys(next).length;
      if (!same || !Object.keys(next).every((p) => old[p])) return undefined;
      return new Map(Object.entries(next).flatMap(([p, e]) => (e.cross?.length ? [[p, e.cross]] : [])));
    },
    async end(crossOf) {
      await inner.end?.();
      const changed = changes > 0 || oldCount !== Object.keys(next).length;
      // Taken now, not when the file is written: an edit may change them meanwhile. Without them (a
      // load that failed) none is kept: they would describe other files than those written.
      if (changed)
        for (const [p, e] of Object.entries(next)) {
          const cross = crossOf?.(p);
          next[p] = { ...e, cross: cross?.length ? cross : undefined };
        }
      const write = async () => {
        const entries = next;
        next = {};
        previous = { key, statsSince: startedAt, entries };
        const content = previous;
        if (changed) await save(file, () => serialiseCache(content, limits));
      };
      if (options.writeInBackground) setTimeout(() => void write(), 0);
      else await write();
    },
  };
}

let writes = 0;

/** Writes a cache file whole (temp file + rename); failing only costs speed. */
export async function save(file: string, content: () => string): Promise<void> {
  try {
    const text = content();
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Unique per write: two runs in one process (tests, the editor reloading) never share a temp file.
    const tmp = `${file}.${process.pid}.${++writes}.tmp`;
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, file);
  } catch {
    // A read-only home, a full disk or an entry too large to serialise only costs speed.
  }
}
