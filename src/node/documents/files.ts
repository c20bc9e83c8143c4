/**
 * The only place documents are written or removed. A file is written whole to a temporary file in
 * its folder, flushed, then renamed: under its final name a document is complete or absent, whatever
 * kills the process. A set of files (certificates, e-mails) is written in full before any takes its
 * final name, so a full disk leaves the earlier set as it was and the run says nothing was written.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { applyEdits, type TextEdit } from '../../core/edit/textEdit';
import { replaceFile, writeTemp } from '../atomicFile';
import { MANIFEST_FILE, manifestText, readManifest, sha256, unchangedSince, type Manifest } from './manifest';
import { shownPath } from './paths';
import { labelsOf } from './records';
import type { Run } from './run';
import type { DocumentContext, Refusal } from './types';
import { writeFailure } from './writeFailure';

export { outputFolder, userFile, userFolder } from './folders';
export { shownPath } from './paths';

export interface DocumentFile {
  /** A plain file name (no folder). */
  name: string;
  bytes: Uint8Array | string;
}

export interface WriteOptions {
  /**
   * The names this kind of document takes: the files an earlier run wrote here (by the manifest)
   * with such a name, unchanged since and not written again, are removed; the manifest is kept.
   */
  replaces?: RegExp;
}

/** Writes `files` into the real folder `dir`, telling `run` of each; a refusal (nothing half-written) on failure. */
export async function writeDocumentFiles(
  ctx: DocumentContext,
  run: Run,
  dir: string,
  files: readonly DocumentFile[],
  options: WriteOptions = {},
): Promise<Refusal | undefined> {
  const l = labelsOf(ctx.workspace);
  const names = files.map((f) => f.name);
  for (const name of names) {
    const stat = await fs.lstat(path.join(dir, name)).catch(() => undefined);
    const shown = shownPath(ctx.cwd ?? ctx.dir, path.join(dir, name));
    if (stat?.isSymbolicLink()) return { kind: 'output', message: l.symlink(shown) };
    if (stat?.isDirectory()) return { kind: 'output', message: l.isAFolder(shown) };
  }
  await removeAbandonedTemps(dir);
  const temps: string[] = [];
  try {
    for (const f of files) temps.push(await writeTemp(dir, f.name, f.bytes));
  } catch (e) {
    await Promise.all(temps.map((t) => fs.unlink(t).catch(() => undefined)));
    return writeFailure(ctx, dir, e, names, names.length);
  }
  for (const [i, temp] of temps.entries()) {
    try {
      await fs.rename(temp, path.join(dir, names[i]));
    } catch (e) {
      await Promise.all(temps.slice(i).map((t) => fs.unlink(t).catch(() => undefined)));
      return writeFailure(ctx, dir, e, names.slice(i), names.length);
    }
    run.wrote(path.join(dir, names[i]));
  }
  if (options.replaces) await replaceEarlier(ctx, run, dir, files, options.replaces);
  return undefined;
}

/** `.<name>.<pid>-<random>.atelier-tmp`: what a run killed before its rename left behind. */
const TEMP_FILE = /^\..+\.(\d+)-[0-9a-f]{8}\.atelier-tmp$/;

/** Removes the temp files of runs that are no longer running (killed before their rename). */
async function removeAbandonedTemps(dir: string): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const pid = TEMP_FILE.exec(e.name)?.[1];
    if (pid && e.isFile() && !isRunning(Number(pid))) await fs.unlink(path.join(dir, e.name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * After a set is written: the files of the earlier run here that this run did not write again go
 * (a certificate of someone no longer present, a draft to someone removed) — only those the
 * manifest lists and nobody changed since — and the manifest now lists this run's files.
 */
async function replaceEarlier(
  ctx: DocumentContext,
  run: Run,
  dir: string,
  files: readonly DocumentFile[],
  pattern: RegExp,
): Promise<void> {
  const earlier = await readManifest(dir);
  const next = new Set(files.map((f) => f.name));
  let removed = 0;
  for (const name of earlier.keys()) {
    if (next.has(name) || !pattern.test(name) || !(await unchangedSince(dir, earlier, name))) continue;
    await fs.unlink(path.join(dir, name)).catch(() => undefined);
    removed++;
  }
  if (removed) run.warn(labelsOf(ctx.workspace).removedEarlier(removed, shownPath(ctx.cwd ?? ctx.dir, dir)));
  const manifest: Manifest = new Map(files.map((f) => [f.name, sha256(f.bytes)]));
  const file = path.join(dir, MANIFEST_FILE);
  const stat = await fs.lstat(file).catch(() => undefined);
  if (stat && !stat.isFile()) return; // a link or a folder under that name: left alone, never written through
  if (!manifest.size) {
    if (stat) await fs.unlink(file).catch(() => undefined);
    return;
  }
  const temp = await writeTemp(dir, MANIFEST_FILE, manifestText(manifest)).catch(() => undefined);
  if (temp) await fs.rename(temp, file).catch(() => fs.unlink(temp).catch(() => undefined));
}

/** Applies an edit to a record of the workspace (`relative`, with `/`), through the atomic writer; none: nothing written. */
export async function editRecordFile(
  ctx: DocumentContext,
  relative: string,
  edit: (text: string) => TextEdit | undefined,
): Promise<void> {
  const file = path.join(ctx.dir, ...relative.split('/'));
  const text = await fs.readFile(file, 'utf8');
  const change = edit(text);
  if (change) await replaceFile(file, applyEdits(text, [change]));
}
