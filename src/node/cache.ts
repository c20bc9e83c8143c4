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

interface CacheFile {
  key: string;
  entries: Record<string, { hash: string; analysis: FileAnalysis }>;
}

export function cacheDir(): string {
  return process.env.ATELIER_CACHE_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'atelier');
}

function digest(s: string): string {
  return createHash('sha1').update(s).digest('base64');
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
  return {
    async analyze(inputs, config, today) {
      const key = `${BUILD_ID}|${today}|${JSON.stringify(config satisfies WorkspaceConfig)}`;
      const old = previous?.key === key ? previous.entries : {};
      const hashes = inputs.map((i) => digest(i.text));
      const results: (FileAnalysis | undefined)[] = inputs.map((input, i) => (old[input.path]?.hash === hashes[i] ? old[input.path].analysis : undefined));
      const missing = inputs.filter((_, i) => !results[i]);
      const fresh = missing.length ? await inner.analyze(missing, config, today) : [];
      let k = 0;
      for (let i = 0; i < results.length; i++) if (!results[i]) results[i] = fresh[k++];
      if (missing.length || Object.keys(old).length !== inputs.length) {
        const entries: CacheFile['entries'] = {};
        inputs.forEach((input, i) => (entries[input.path] = { hash: hashes[i], analysis: results[i]! }));
        await save(file, { key, entries });
      }
      return results as FileAnalysis[];
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
