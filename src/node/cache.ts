/**
 * A per-workspace cache of file analyses keyed by content, so that validating an unchanged
 * workspace again costs little more than reading it. Any failure just means "no cache".
 */
import { createHash } from 'crypto';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FileAnalysis } from '../core/analyze';
import type { Analyzer } from '../core/analyzer';
import type { WorkspaceConfig } from '../core/config';

declare const __BUILD_ID__: string;
const BUILD_ID = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';

interface Entry {
  hash: string;
  /** The file's size and modification time when it was read (absent when the host has none). */
  size?: number;
  mtimeMs?: number;
  analysis: FileAnalysis;
}

interface CacheFile {
  key: string;
  /** Every size and mtime of the file was taken after this moment (ms since the epoch). */
  statsSince: number;
  entries: Record<string, Entry>;
}

/**
 * A file modified less than this before its size and mtime were taken may have changed again
 * within the same mtime tick (coarse file systems: 2 s): it is read and hashed, not trusted.
 */
const RACY_MS = 2000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An entry as this build writes it; anything else (a damaged or foreign file) is ignored. */
function isEntry(path: string, e: unknown): e is Entry {
  if (!isObject(e) || typeof e.hash !== 'string' || !isObject(e.analysis)) return false;
  const a = e.analysis;
  if (a.path !== path || typeof a.id !== 'string' || typeof a.isRecord !== 'boolean') return false;
  if (!Array.isArray(a.refs) || !Array.isArray(a.diagnostics)) return false;
  const stat = e.size === undefined && e.mtimeMs === undefined;
  return stat || (Number.isFinite(e.size) && Number.isFinite(e.mtimeMs));
}

/** The cache file's valid entries, or `undefined` when it is not one of ours. */
function parseCache(text: string): CacheFile | undefined {
  const raw: unknown = JSON.parse(text);
  if (!isObject(raw) || typeof raw.key !== 'string' || !Number.isFinite(raw.statsSince) || !isObject(raw.entries)) {
    return undefined;
  }
  const entries: Record<string, Entry> = {};
  for (const [p, e] of Object.entries(raw.entries)) if (isEntry(p, e)) entries[p] = e;
  return { key: raw.key, statsSince: raw.statsSince as number, entries };
}

export function cacheDir(): string {
  return (
    process.env.ATELIER_CACHE_DIR ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'atelier')
  );
}

function digest(s: string): string {
  return createHash('sha1').update(s).digest('base64');
}

/** The cache file of a workspace folder. */
export function cacheFile(workspaceDir: string, dir = cacheDir()): string {
  return path.join(dir, `${digest(path.resolve(workspaceDir)).replace(/[/+=]/g, '_')}.json`);
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
    previous = parseCache(readFileSync(file, 'utf8'));
  } catch {
    previous = undefined;
  }
  let old: Record<string, Entry> = {};
  let oldCount = 0;
  /** Sizes and mtimes older than this are trusted. */
  let trustedBefore = -Infinity;
  let key = '';
  let startedAt = 0;
  /** This run's files: their hash, or their text when there was nothing to compare with (hashed at the end). */
  let next: Record<string, Omit<Entry, 'hash'> & { hash?: string; text?: string }> = {};
  /** Files analysed again, or whose entry changes (a new mtime, a racy one checked): the file is written again. */
  let changes = 0;
  const hashed = (): Record<string, Entry> => {
    const out: Record<string, Entry> = {};
    for (const [p, e] of Object.entries(next)) {
      out[p] = { hash: e.hash ?? digest(e.text ?? ''), size: e.size, mtimeMs: e.mtimeMs, analysis: e.analysis };
    }
    return out;
  };
  return {
    begin(fileCount, config, today) {
      // Before any stat of this run: every size and mtime recorded now is taken after it.
      startedAt = Date.now();
      key = cacheKey(config, today);
      old = previous?.key === key ? previous.entries : {};
      oldCount = Object.keys(old).length;
      trustedBefore = previous?.key === key ? previous.statsSince - RACY_MS : -Infinity;
      next = {};
      changes = 0;
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
      return e.analysis;
    },
    async analyze(inputs, config, today) {
      if (!key) {
        key = cacheKey(config, today);
        startedAt = Date.now();
      }
      // Nothing to compare with (a first run): the hashes are only needed for the file, made at the end.
      const compare = oldCount > 0;
      const hashes = inputs.map((i) => (compare ? digest(i.text) : undefined));
      const results = inputs.map((input, i) =>
        compare && old[input.path]?.hash === hashes[i] ? old[input.path].analysis : undefined,
      );
      const missing = inputs.filter((_, i) => !results[i]);
      changes += missing.length;
      const fresh = missing.length ? await inner.analyze(missing, config, today) : [];
      let k = 0;
      for (let i = 0; i < results.length; i++) if (!results[i]) results[i] = fresh[k++];
      inputs.forEach((input, i) => {
        const stat = { size: input.stat?.size, mtimeMs: input.stat?.mtimeMs };
        const was = old[input.path];
        if (results[i] && was && (was.size !== stat.size || was.mtimeMs !== stat.mtimeMs)) changes++;
        next[input.path] = hashes[i]
          ? { hash: hashes[i], ...stat, analysis: results[i]! }
          : { text: input.text, ...stat, analysis: results[i]! };
      });
      return results as FileAnalysis[];
    },
    async end() {
      await inner.end?.();
      const changed = changes > 0 || oldCount !== Object.keys(next).length;
      const write = async () => {
        const entries = hashed();
        // The texts kept for hashing are let go: the editor keeps this analyzer for its whole session.
        next = {};
        previous = { key, statsSince: startedAt, entries };
        if (changed) await save(file, previous);
      };
      if (options.writeInBackground) setTimeout(() => void write(), 0);
      else await write();
    },
  };
}

let writes = 0;

async function save(file: string, content: CacheFile): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Unique per write: two runs in one process (tests, the editor reloading) never share a temp file.
    const tmp = `${file}.${process.pid}.${++writes}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(content));
    await fs.rename(tmp, file);
  } catch {
    // A read-only home or a full disk only costs speed.
  }
}
