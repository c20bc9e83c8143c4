/**
 * Reads a template with mustache's own parser (logic-less: names, sections, nothing that runs) and
 * lists its placeholders with their offsets, or the syntax error and where it is.
 */
import Mustache from 'mustache';
import { isKnownName } from './variables';

export interface Placeholder {
  /** The name as written, trimmed: `session.title`. */
  name: string;
  /** What kind of tag: a value, a section (# or ^), or a partial (>), which templates cannot use. */
  kind: 'value' | 'section' | 'partial';
  /** Offsets of the whole tag `{{ … }}` in the scanned text. */
  start: number;
  end: number;
  /** Whether the name means something where it is written. */
  known: boolean;
}

export type SyntaxProblem = 'unclosed-tag' | 'unclosed-section' | 'unopened-section' | 'other';

export interface TemplateScan {
  placeholders: Placeholder[];
  error?: { problem: SyntaxProblem; offset: number; name?: string };
}

type Token = [string, string, number, number, ...unknown[]];

function collect(tokens: readonly Token[], sections: readonly string[], out: Placeholder[]): void {
  for (const t of tokens) {
    const [type, name, start, end] = t;
    if (type === 'name' || type === '&')
      out.push({ name, kind: 'value', start, end, known: isKnownName(name, sections, false) });
    else if (type === '>') out.push({ name, kind: 'partial', start, end, known: false });
    else if (type === '#' || type === '^') {
      out.push({ name, kind: 'section', start, end, known: isKnownName(name, sections, true) });
      if (Array.isArray(t[4])) collect(t[4] as Token[], [...sections, name], out);
    }
  }
}

const PROBLEMS: [RegExp, SyntaxProblem][] = [
  [/^Unclosed tag/, 'unclosed-tag'],
  [/^Unclosed section/, 'unclosed-section'],
  [/^Unopened section/, 'unopened-section'],
];

/** mustache reports unclosed tags and sections where it stopped reading (the end): point at their opening instead. */
function opening(text: string, problem: SyntaxProblem, offset: number, name: string | undefined): number {
  if (problem === 'unclosed-tag') return Math.max(0, text.lastIndexOf('{{', offset));
  if (problem === 'unclosed-section' && name !== undefined) {
    const re = new RegExp(`\\{\\{\\s*[#^]\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`, 'g');
    let found = -1;
    for (const m of text.matchAll(re)) found = m.index ?? found;
    if (found >= 0) return found;
  }
  return offset;
}

export function scanTemplate(text: string): TemplateScan {
  if (!text.includes('{{')) return { placeholders: [] };
  let tokens: Token[];
  try {
    // A writer of our own: its parse cache lives only as long as this call.
    tokens = new Mustache.Writer().parse(text) as Token[];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /at (\d+)\s*$/.exec(message);
    const name = /"([^"]*)"/.exec(message)?.[1];
    const problem = PROBLEMS.find(([re]) => re.test(message))?.[1] ?? 'other';
    const offset = at ? Math.min(+at[1], text.length) : 0;
    return { placeholders: [], error: { problem, offset: opening(text, problem, offset, name), name } };
  }
  const placeholders: Placeholder[] = [];
  collect(tokens, [], placeholders);
  return { placeholders };
}
