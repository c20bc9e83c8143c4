/**
 * The one place where findings (a data path, or offsets) become positioned diagnostics. A text's
 * line starts and its YAML nodes are computed once per text and shared by whoever positions
 * findings in it: the file's own rules, the cross-record rules, the git review. The last texts
 * positioned are kept, so an edited file is parsed with positions once per revision.
 */
import type { FileDiagnostic } from '../analyze';
import type { Finding } from '../diagnostics';
import { LineIndex } from '../text/lineIndex';
import { splitFrontMatter } from './frontMatter';
import { YamlLocator } from './locate';

export class TextPositions {
  readonly lines: LineIndex;
  private locator: YamlLocator | undefined;

  /** `yamlStart`: where the YAML the data paths refer to starts in `text`; `yamlEnd`: where it ends. */
  constructor(
    readonly text: string,
    private readonly yamlStart: number,
    private readonly yamlEnd: number,
  ) {
    this.lines = new LineIndex(text);
  }

  /** Positioned diagnostics for these findings; the YAML is parsed with positions at the first path to place. */
  place(findings: readonly Finding[]): FileDiagnostic[] {
    return findings.map((f) => {
      const { code, severity, args } = f;
      if (f.span) return { ...this.lines.range(f.span.start, f.span.end), code, severity, args };
      this.locator ??= new YamlLocator(this.text.slice(this.yamlStart, this.yamlEnd));
      const span = this.locator.locate(f.path, f.target);
      return {
        ...this.lines.range(this.yamlStart + span.start, this.yamlStart + span.end),
        code,
        severity,
        args,
        path: f.path,
      };
    });
  }
}

/** Kept positions by text, most recent last (a Map keeps insertion order): one map per kind of file. */
const recentRecords = new Map<string, TextPositions>();
const recentYaml = new Map<string, TextPositions>();
const KEEP = 64;
/** Parsed YAML weighs many times its text: past this many characters kept, the oldest go (the latest always stays). */
const KEEP_CHARS = 1_000_000;

function kept(recent: Map<string, TextPositions>, text: string, make: () => TextPositions): TextPositions {
  let found = recent.get(text);
  if (found) recent.delete(text);
  else found = make();
  recent.set(text, found);
  let chars = 0;
  for (const key of recent.keys()) chars += key.length;
  for (const key of recent.keys()) {
    if (recent.size <= 1 || (recent.size <= KEEP && chars <= KEEP_CHARS)) break;
    chars -= key.length;
    recent.delete(key);
  }
  return found;
}

/** Positions in a Markdown record: data paths refer to its front matter (nothing to place without one). */
export function recordPositions(text: string): TextPositions {
  return kept(recentRecords, text, () => {
    const fm = splitFrontMatter(text);
    return new TextPositions(text, fm?.start ?? 0, fm?.end ?? 0);
  });
}

/** Positions in a YAML file (atelier.yaml): data paths refer to the whole text. */
export function yamlPositions(text: string): TextPositions {
  return kept(recentYaml, text, () => new TextPositions(text, 0, text.length));
}
