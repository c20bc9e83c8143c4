/** What the document commands share: finding their input records, refusing broken ones, writing files. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { documentLabels, type DocumentLabels } from '../../core/i18n/documents';
import { provenanceText } from '../../core/documents/provenance';
import { sessionModel, type SessionModel } from '../../core/documents/sessionModel';
import type { RecordType } from '../../core/schema/schemas';
import type { Workspace } from '../../core/workspace';
import { gitState } from '../../node/git';
import type { CliIo } from '../cli';
import { UsageError } from '../usage';

/** The parsed command line, as the document commands need it. */
export interface CommandInput {
  positional: readonly string[];
  flag(name: string): string | undefined;
  open(): Promise<{ workspace: Workspace; dir: string }>;
}

export interface Context {
  workspace: Workspace;
  dir: string;
  io: CliIo;
  labels: DocumentLabels;
}

export async function openContext(input: CommandInput, io: CliIo): Promise<Context> {
  const { workspace, dir } = await input.open();
  return { workspace, dir, io, labels: documentLabels(workspace.config.locale) };
}

/** The one positional argument of a command (the record id). */
export function singleId(input: CommandInput, what: string): string {
  if (input.positional.length !== 1)
    throw new UsageError(
      input.positional.length ? `expected one ${what}, got ${input.positional.length} arguments` : `missing ${what}`,
    );
  return input.positional[0];
}

/** The path of the record with this id and type; an unknown id or a record of another type is bad usage (exit 2). */
export function recordPath(ctx: Context, id: string, type: RecordType): string {
  const found = ctx.workspace.index.recordsWithId(id);
  const match = found.find((r) => r.type === type) ?? found.find((r) => r.type === 'unknown');
  if (match) return match.path;
  if (found.length) throw new UsageError(ctx.labels.otherType(id, found[0].type ?? 'unknown', found[0].path, type));
  throw new UsageError(ctx.labels.noRecord(type, id));
}

/** Prints the errors of the input records to stderr; true when there are any (the command then exits 1). */
export function reportErrors(ctx: Context, paths: readonly string[]): boolean {
  let failed = false;
  for (const p of new Set(paths)) {
    const errors = ctx.workspace.diagnosticsOf(p).filter((d) => d.severity === 'error');
    for (const d of errors) ctx.io.stderr(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`);
    if (errors.length) {
      failed = true;
      ctx.io.stderr(`atelier: ${ctx.labels.hasErrors(p, errors.length)}\n`);
    }
  }
  return failed;
}

/** "Generated on … from … (commit …)" for a record, git asked here. */
export async function provenanceOf(ctx: Context, recordFile: string): Promise<string> {
  return provenanceText(
    { date: ctx.workspace.index.today, path: recordFile, git: await gitState(ctx.dir, recordFile) },
    ctx.labels,
  );
}

/** The output folder of atelier.yaml for one session: <workspace>/<output>/<session-id>. */
export function outputFolder(ctx: Context, ...segments: string[]): string {
  return path.join(ctx.dir, ...ctx.workspace.config.output.split('/'), ...segments);
}

/** Resolves a path given on the command line from the current folder. */
export function fromCwd(ctx: Context, p: string): string {
  return path.resolve(ctx.io.cwd, p);
}

/** A path as the commands print it: relative to the current folder when inside it. */
function shown(ctx: Context, file: string): string {
  const rel = path.relative(ctx.io.cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Writes a file (creating folders) and prints its path. */
export async function writeOutput(ctx: Context, file: string, bytes: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes);
  ctx.io.stdout(`${shown(ctx, file)}\n`);
}

/**
 * Deletes the files an earlier run wrote in `dir` that this run does not write again (`next`): a
 * certificate of someone no longer present, a draft to someone removed, must not stay beside the
 * new ones. Only regular files named the way the command names them (`pattern`) go, nothing
 * else, whoever chose the folder.
 */
export async function removeEarlier(
  ctx: Context,
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
  if (earlier.length) warn(ctx, ctx.labels.removedEarlier(earlier.length, shown(ctx, dir)));
}

export function warn(ctx: Context, message: string): void {
  ctx.io.stderr(`atelier: ${message}\n`);
}

/**
 * The session a document command works on: opened, checked (its errors reported), modelled.
 * Undefined (exit 1) when the session record has errors.
 */
export async function openSession(
  input: CommandInput,
  io: CliIo,
): Promise<{ ctx: Context; id: string; file: string; session: SessionModel } | undefined> {
  const id = singleId(input, 'session id');
  const ctx = await openContext(input, io);
  const file = recordPath(ctx, id, 'session');
  if (reportErrors(ctx, [file])) return undefined;
  const session = sessionModel(ctx.workspace, id);
  return session ? { ctx, id, file, session } : undefined;
}
