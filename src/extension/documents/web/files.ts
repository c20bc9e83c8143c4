/**
 * The document service's file writing (src/node/documents/files.ts and folders.ts) for the browser
 * bundle, through `vscode.workspace.fs`: the build puts this module in their place for the web
 * worker (scripts/browserBundle.mjs), so sign-in sheets, certificates, quotes and e-mail drafts are
 * made by the same generators as on the desktop. Paths are those of the workspace root's URI
 * (`DocumentContext.dir` is its path), turned back into URIs of the same scheme here.
 */
import * as vscode from 'vscode';
import { applyEdits, outputSegments, type TextEdit } from '../../../core';
import { labelsOf } from '../../../node/documents/records';
import type { OrRefusal, Run } from '../../../node/documents/run';
import type { DocumentContext, Refusal } from '../../../node/documents/types';
import * as path from './path';

export interface DocumentFile {
  name: string;
  bytes: Uint8Array | string;
}

export interface WriteOptions {
  replaces?: RegExp;
}

let rootsNow: () => readonly vscode.Uri[] = () => [];

/** The workspace roots open now: a document's paths are found under one of them. */
export function useDocumentRoots(roots: () => readonly vscode.Uri[]): void {
  rootsNow = roots;
}

/** The URI of a path under an open root (same scheme and authority as the root). */
export function uriOfPath(p: string): vscode.Uri {
  const root = rootsNow().find((r) => p === r.path || p.startsWith(r.path.endsWith('/') ? r.path : `${r.path}/`));
  return root ? root.with({ path: p }) : vscode.Uri.file(p);
}

export function shownPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function failure(ctx: DocumentContext, dir: string, e: unknown, missing: readonly string[] = []): Refusal {
  const l = labelsOf(ctx.workspace);
  const shown = shownPath(ctx.cwd ?? ctx.dir, dir);
  const code = e instanceof vscode.FileSystemError ? e.code : undefined;
  if (code === 'FileNotADirectory' || code === 'FileExists') return { kind: 'output', message: l.notAFolder(shown) };
  if (code === 'FileIsADirectory') return { kind: 'output', message: l.isAFolder(shown) };
  const why = code === 'NoPermissions' ? l.notWritable : e instanceof Error ? e.message : String(e);
  return { kind: 'output', message: l.notWritten(shown, why, missing, missing.length) };
}

async function folder(ctx: DocumentContext, dir: string): Promise<OrRefusal<string>> {
  try {
    const uri = uriOfPath(dir);
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    if (stat && !(stat.type & vscode.FileType.Directory))
      return {
        ok: false,
        refusal: { kind: 'output', message: labelsOf(ctx.workspace).notAFolder(shownPath(ctx.dir, dir)) },
      };
    if (!stat) await vscode.workspace.fs.createDirectory(uri);
    return { ok: true, value: dir };
  } catch (e) {
    return { ok: false, refusal: failure(ctx, dir, e) };
  }
}

/** `<workspace>/<output>/<segments…>`, created; refused when atelier.yaml's output leaves the workspace. */
export async function outputFolder(ctx: DocumentContext, ...segments: string[]): Promise<OrRefusal<string>> {
  const output = outputSegments(ctx.workspace.config.output);
  if (!output)
    return {
      ok: false,
      refusal: { kind: 'config', message: labelsOf(ctx.workspace).outputOutside(ctx.workspace.config.output) },
    };
  return folder(ctx, path.join(ctx.dir, ...output, ...segments));
}

export const userFolder = (ctx: DocumentContext, out: string) => folder(ctx, path.resolve(ctx.cwd ?? ctx.dir, out));

export async function userFile(ctx: DocumentContext, out: string): Promise<OrRefusal<string>> {
  const file = path.resolve(ctx.cwd ?? ctx.dir, out);
  const dir = await folder(ctx, path.dirname(file));
  return dir.ok ? { ok: true, value: path.join(dir.value, path.basename(file)) } : dir;
}

/**
 * Writes a set of files: each to a temporary name first, then all renamed to their own, so under
 * its final name a document is complete or absent; a failure removes the temporary files.
 * (The desktop's manifest of earlier runs is not kept here: files of an earlier run stay.)
 */
export async function writeDocumentFiles(
  ctx: DocumentContext,
  run: Run,
  dir: string,
  files: readonly DocumentFile[],
  _options: WriteOptions = {},
): Promise<Refusal | undefined> {
  const names = files.map((f) => f.name);
  const temps: vscode.Uri[] = [];
  const remove = (uris: vscode.Uri[]) =>
    Promise.all(uris.map((t) => Promise.resolve(vscode.workspace.fs.delete(t)).catch(() => undefined)));
  try {
    for (const f of files) {
      const temp = uriOfPath(path.join(dir, `.${f.name}.web-${Math.random().toString(16).slice(2, 10)}.atelier-tmp`));
      await vscode.workspace.fs.writeFile(
        temp,
        typeof f.bytes === 'string' ? new TextEncoder().encode(f.bytes) : f.bytes,
      );
      temps.push(temp);
    }
  } catch (e) {
    await remove(temps);
    return failure(ctx, dir, e, names);
  }
  for (const [i, temp] of temps.entries()) {
    const target = path.join(dir, names[i]);
    try {
      await vscode.workspace.fs.rename(temp, uriOfPath(target), { overwrite: true });
    } catch (e) {
      await remove(temps.slice(i));
      return failure(ctx, dir, e, names.slice(i));
    }
    run.wrote(target);
  }
  return undefined;
}

/** Applies an edit to a record of the workspace (`relative`, with `/`) through `workspace.fs`; none: nothing written. */
export async function editRecordFile(
  ctx: DocumentContext,
  relative: string,
  edit: (text: string) => TextEdit | undefined,
): Promise<void> {
  const uri = uriOfPath(path.join(ctx.dir, ...relative.split('/')));
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const change = edit(text);
  if (change) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(applyEdits(text, [change])));
}
