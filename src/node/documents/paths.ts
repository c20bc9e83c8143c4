/** Paths as people read them. */
import * as path from 'path';

/** A path as sentences (and the CLI) show it: relative to `cwd` when inside it, else absolute. */
export function shownPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
