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

/** Wraps an analyzer: files whose text, settings and date are unchanged are not analysed again. */
export async function cachedAnalyzer(inner: Analyzer, workspaceDir: string): Promise<Analyzer> {
  const file = path.join(cacheDir(), `${digest(path.resolve(workspaceDir)).replace(/[/+=]/g, '_')}.json`);
  let previous: CacheFile | undefined;
  try {
    previous = JSON.parse(await fs.readFile(file, 'utf8')) as CacheFile;
  } catch {
    previous = undefined;
  }
  let old: Record<string, Entry> = {};
  let key = '';
  let next: Record<string, Entry> = {};
  let misses = 0;
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
      const hashes = inputs.map((i) => digest(i.text));
      const results = inputs.map((input, i) =>
        old[input.path]?.hash === hashes[i] ? old[input.path].analysis : undefined,
      );
      const missing = inputs.filter((_, i) => !results[i]);
      misses += missing.length;
      const fresh = missing.length ? await inner.analyze(missing, config, today) : [];
      let k = 0;
      for (let i = 0; i < results.length; i++) if (!results[i]) results[i] = fresh[k++];
      inputs.forEach((input, i) => (next[input.path] = { hash: hashes[i], analysis: results[i]! }));
      return results as FileAnalysis[];
    },
    async end() {
      await inner.end?.();
      if (misses > 0 || Object.keys(old).length !== Object.keys(next).length) await save(file, { key, entries: next });
      previous = { key, entries: next };
    },
  };
}

async function save(file: string, content: CacheFile): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(content));
    await fs.rename(tmp, file);
  } catch {
    // A read-only home or a full disk only costs speed.
  }
}
