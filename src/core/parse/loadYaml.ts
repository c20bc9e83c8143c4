/** Fast value parsing (js-yaml, YAML 1.2 core schema: dates stay strings). */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { aliasesExpandTooMuch, aliasOverflowOffset } from './aliases';

export type Loaded =
  | { ok: true; value: unknown }
  | { ok: false; offset: number; reason: string; duplicateKey?: string; aliasExpansion?: boolean };

/** The values of a YAML text; refused when its aliases would expand them without bound (parse/aliases.ts). */
export function loadYaml(source: string): Loaded {
  try {
    const value = load(source, { schema: CORE_SCHEMA });
    if (aliasesExpandTooMuch(source, value)) {
      return { ok: false, offset: aliasOverflowOffset(source), reason: 'aliases', aliasExpansion: true };
    }
    return { ok: true, value };
  } catch (e) {
    if (e instanceof YAMLException) {
      const offset = openedAt(source, e.mark?.position ?? 0, e.reason);
      const dup = /duplicated mapping key/.test(e.reason) ? keyAt(source, offset) : undefined;
      return { ok: false, offset, reason: e.reason, duplicateKey: dup };
    }
    return { ok: false, offset: 0, reason: e instanceof Error ? e.message : String(e) };
  }
}

function keyAt(source: string, offset: number): string {
  const line = source.slice(source.lastIndexOf('\n', offset - 1) + 1).split(/\r?\n/, 1)[0];
  return line
    .replace(/^[\s-]*/, '')
    .split(':', 1)[0]
    .trim();
}

/**
 * js-yaml notices an unclosed bracket or quote only on a later line; point at the line that
 * opened it, which is the one to fix.
 */
function openedAt(source: string, offset: number, reason: string): number {
  const flow = /flow collection/.test(reason);
  const quote = /quoted scalar/.test(reason) ? (/double/.test(reason) ? '"' : "'") : undefined;
  if (!flow && !quote) return offset;
  let end = source.lastIndexOf('\n', offset - 1);
  while (end > 0) {
    const start = source.lastIndexOf('\n', end - 1) + 1;
    const line = source.slice(start, end);
    const unbalanced = flow
      ? count(line, /[[{]/g) > count(line, /[\]}]/g)
      : count(line, new RegExp(quote!, 'g')) % 2 === 1;
    if (unbalanced) return start;
    end = start - 1;
  }
  return offset;
}

function count(line: string, re: RegExp): number {
  return (line.match(re) ?? []).length;
}
