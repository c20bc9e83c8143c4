/**
 * Where documents go and the only place they are written or removed: every file goes through
 * `writeDocumentFile`, so making writes atomic (temp file + rename) is a change here alone.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { labelsOf } from './records';
import type { Run } from './run';
import type { DocumentContext } from './types';

/** Writes one document file, creating its folders. */
export async function writeDocumentFile(file: string, bytes: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes);
}

/**
 * Deletes the files an earlier run wrote in `dir` that this run does not write again (`next`): a
 * certificate of someone no longer present, a draft to someone removed, must not stay beside the
 * new ones. Only regular files named the way the document names them (`pattern`) go, nothing
 * else, whoever chose the folder. Says how many went.
 */
export async function removeEarlierFiles(
  ctx: DocumentContext,
  run: Run,
  dir: string,
  pattern: RegExp,
  next: readonly string[],
): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return [];
    throw e;
  });
  const earlier = entries.filter((e) => e.isFile() && pattern.test(e.name) && !next.includes(e.name));
  for (const e of earlier) await fs.unlink(path.join(dir, e.name));
  if (earlier.length)
    run.warn(labelsOf(ctx.workspace).removedEarlier(earlier.length, shownPath(ctx.cwd ?? ctx.dir, dir)));
}

/** The output folder of atelier.yaml, then these segments: <workspace>/<output>/<session-id>/…. */
export function outputPath(ctx: DocumentContext, ...segments: string[]): string {
  return path.join(ctx.dir, ...ctx.workspace.config.output.split('/'), ...segments);
}

/** An `out` of a request: absolute, or taken from `cwd` (default: the workspace folder). */
export function resolveOut(ctx: DocumentContext, out: string): string {
  return path.resolve(ctx.cwd ?? ctx.dir, out);
}

/** A path as sentences (and the CLI) show it: relative to `cwd` when inside it, else absolute. */
export function shownPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
