import type { Range } from '../diagnostics';

/** Converts offsets in a text to 1-based line/column, once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }

  range(start: number, end: number): Range {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The range covering a whole line (without its line break). */
  lineRange(line: number): Range {
    const start = this.starts[line - 1] ?? this.text.length;
    let end = this.starts[line] !== undefined ? this.starts[line] - 1 : this.text.length;
    if (end > start && this.text[end - 1] === '\r') end--;
    return this.range(start, end);
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
