/**
 * Where documents may go: the workspace's output folder, reached through real folders only (no
 * symbolic link followed from the workspace down), or the folder or file the user named with
 * `--out`. Each answer is an absolute real path, or the refusal that says what to do.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { outputSegments } from '../../core/configChecks';
import { shownPath } from './paths';
import { labelsOf } from './records';
import type { OrRefusal } from './run';
import type { DocumentContext, Refusal } from './types';
import { writeFailure } from './writeFailure';

const lstatOrNone = (p: string) =>
  fs.lstat(p).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });

/** `<workspace>/<output>/<segments…>`, created folder by folder; refused when any step is a link or a file. */
export async function outputFolder(ctx: DocumentContext, ...segments: string[]): Promise<OrRefusal<string>> {
  const l = labelsOf(ctx.workspace);
  const output = outputSegments(ctx.workspace.config.output);
  if (!output) return refuse({ kind: 'config', message: l.outputOutside(ctx.workspace.config.output) });
  let at = '';
  try {
    at = await fs.realpath(ctx.dir);
    for (const segment of [...output, ...segments]) {
      at = path.join(at, segment);
      let stat = await lstatOrNone(at);
      if (!stat) {
        await fs.mkdir(at).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'EEXIST') throw e;
        });
        stat = await fs.lstat(at);
      }
      if (stat.isSymbolicLink()) return refuse({ kind: 'output', message: l.symlink(shown(ctx, at)) });
      if (!stat.isDirectory()) return refuse({ kind: 'output', message: l.notAFolder(shown(ctx, at)) });
    }
  } catch (e) {
    return refuse(writeFailure(ctx, at, e));
  }
  return { ok: true, value: at };
}

/** The folder of `--out DIR` (absolute, or from `cwd`), created if need be: the user's choice, links and all. */
export async function userFolder(ctx: DocumentContext, out: string): Promise<OrRefusal<string>> {
  const dir = path.resolve(ctx.cwd ?? ctx.dir, out);
  try {
    const stat = await fs.stat(dir).catch(() => undefined);
    if (stat && !stat.isDirectory())
      return refuse({ kind: 'output', message: labelsOf(ctx.workspace).notAFolder(shown(ctx, dir)) });
    if (!stat) await fs.mkdir(dir, { recursive: true });
    return { ok: true, value: await fs.realpath(dir) };
  } catch (e) {
    return refuse(writeFailure(ctx, dir, e));
  }
}

/** The file of `--out FILE`: its folder created, never a folder itself. */
export async function userFile(ctx: DocumentContext, out: string): Promise<OrRefusal<string>> {
  const file = path.resolve(ctx.cwd ?? ctx.dir, out);
  const folder = await userFolder(ctx, path.dirname(file));
  if (!folder.ok) return folder;
  return { ok: true, value: path.join(folder.value, path.basename(file)) };
}

function shown(ctx: DocumentContext, p: string): string {
  return shownPath(ctx.cwd ?? ctx.dir, p);
}

function refuse(refusal: Refusal): { ok: false; refusal: Refusal } {
  return { ok: false, refusal };
}
