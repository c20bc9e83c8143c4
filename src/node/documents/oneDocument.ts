/**
 * One document file: at `out` (the user's file) or as `name` in the output folder's `segments`,
 * through `writeDocumentFiles`; the refusal when the place is refused or the write fails. Built on
 * './files', so the browser bundle's file writing (src/extension/documents/web/files.ts) serves too.
 */
import * as path from 'path';
import { outputFolder, userFile, writeDocumentFiles } from './files';
import type { Run } from './run';
import type { DocumentContext, Refusal } from './types';

export async function writeOneDocument(
  ctx: DocumentContext,
  run: Run,
  out: string | undefined,
  segments: readonly string[],
  name: string,
  bytes: Uint8Array | string,
): Promise<Refusal | undefined> {
  const target = out ? await userFile(ctx, out) : await outputFolder(ctx, ...segments);
  if (!target.ok) return target.refusal;
  const [dir, fileName] = out ? [path.dirname(target.value), path.basename(target.value)] : [target.value, name];
  return writeDocumentFiles(ctx, run, dir, [{ name: fileName, bytes }]);
}
