/** Finds unresolved git merge-conflict markers, which make a file's data ambiguous. */

const START = /^<{7}(?: |$)/m;
const ALL = /^(?:<{7}(?: .*)?|={7}|>{7}(?: .*)?|\|{7}(?: .*)?)\r?$/gm;

export interface ConflictMarkers {
  /** Offset of the first `<<<<<<<` line. */
  start: number;
  /** Offset of the end of the last marker line. */
  end: number;
  /** How many conflict blocks the file holds. */
  blocks: number;
}

export function findConflictMarkers(text: string): ConflictMarkers | undefined {
  if (!START.test(text)) return undefined;
  let start = -1;
  let end = -1;
  let blocks = 0;
  for (const m of text.matchAll(ALL)) {
    if (m[0].startsWith('<')) blocks++;
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
  }
  return blocks > 0 ? { start, end, blocks } : undefined;
}
