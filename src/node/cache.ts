/**
 * A per-workspace cache of file analyses keyed by content, so that validating an unchanged
 * workspace again costs little more than reading it. Any failure just means "no cache".
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FileAnalysis } from '../core/analyze';
import type { Analyzer } from '../core/analyzer';
import type { WorkspaceConfig } from '../core/config';

declare const __BUILD_ID__: string;
const BUILD_ID = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';

interface Entry {
  hash: string;
  analysis: FileAnalysis;
}

interface CacheFile {
  key: string;
  entries: Record<string, Entry>;
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

/** Wraps an analyzer: files whose text, settings and date are unchanged are not analysed again. */
export async function cachedAnalyzer(
  inner: Analyzer,
  workspaceDir: string,
  options: CacheOptions = {},
): Promise<Analyzer> {
  const file = path.join(cacheDir(), `${digest(path.resolve(workspaceDir)).replace(/[/+=]/g, '_')}.json`);
  let previous: CacheFile | undefined;
  try {
    previous = JSON.parse(await fs.readFile(file, 'utf8')) as CacheFile;
  } catch {
    previous = undefined;
  }
  let old: Record<string, Entry> = {};
  let key = '';
  /** This run's files: their hash, or their text when there was nothing to compare with (hashed at the end). */
  let next: Record<string, { hash?: string; text?: string; analysis: FileAnalysis }> = {};
  let misses = 0;
  const hashed = (): Record<string, Entry> => {
    const out: Record<string, Entry> = {};
    for (const [p, e] of Object.entries(next)) out[p] = { hash: e.hash ?? digest(e.text ?? ''), analysis: e.analysis };
    return out;
  };
  return {
    begin(fileCount, config, today) {
      key = cacheKey(config, today);
      old = previous?.key === key ? previous.entries : {};
      next = {};
      misses = 0;
      // With most files cached, workers would only compete with hashing for the cores.
      const cached = Object.keys(old).length;
      inner.begin?.(cached >= fileCount * 0.9 ? 0 : fileCount - cached, config, today);
    },
    async analyze(inputs, config, today) {
      if (!key) key = cacheKey(config, today);
      // Nothing to compare with (a first run): the hashes are only needed for the file, made at the end.
      const compare = Object.keys(old).length > 0;
      const hashes = inputs.map((i) => (compare ? digest(i.text) : undefined));
      const results = inputs.map((input, i) =>
        compare && old[input.path]?.hash === hashes[i] ? old[input.path].analysis : undefined,
      );
      const missing = inputs.filter((_, i) => !results[i]);
      misses += missing.length;
      const fresh = missing.length ? await inner.analyze(missing, config, today) : [];
      let k = 0;
      for (let i = 0; i < results.length; i++) if (!results[i]) results[i] = fresh[k++];
      inputs.forEach(
        (input, i) =>
          (next[input.path] = hashes[i]
            ? { hash: hashes[i], analysis: results[i]! }
            : { text: input.text, analysis: results[i]! }),
      );
      return results as FileAnalysis[];
    },
    async end() {
      await inner.end?.();
      const changed = misses > 0 || Object.keys(old).length !== Object.keys(next).length;
      const write = async () => {
        const entries = hashed();
        previous = { key, entries };
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
