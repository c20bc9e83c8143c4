/** A failed write as a sentence that says what to do: a full disk, a read-only folder, a file in the way. */
import { shownPath } from './paths';
import { labelsOf } from './records';
import type { DocumentContext, Refusal } from './types';

/** The refusal for an error met while writing in `dir`; `missing` are the files not written (default: none named). */
export function writeFailure(
  ctx: DocumentContext,
  dir: string,
  error: unknown,
  missing: readonly string[] = [],
  total = missing.length,
): Refusal {
  const l = labelsOf(ctx.workspace);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const shown = shownPath(ctx.cwd ?? ctx.dir, dir);
  if (code === 'ENOTDIR' || code === 'EEXIST') return { kind: 'output', message: l.notAFolder(shown) };
  if (code === 'EISDIR') return { kind: 'output', message: l.isAFolder(shown) };
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? l.diskFull
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? l.notWritable
        : (code ?? (error instanceof Error ? error.message : String(error)));
  return { kind: 'output', message: l.notWritten(shown, why, missing, Math.max(total, missing.length)) };
}
