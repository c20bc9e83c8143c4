/**
 * Checks of atelier.yaml beyond its schema: where documents may be written (`output`), and a
 * `sender` that must stay one address on one line (it becomes the From: header of every e-mail).
 */
import type { Finding } from './diagnostics';
import { isObject } from './records';

/**
 * The output folder as workspace-relative segments, or undefined when it is not a real folder
 * strictly inside the workspace: absolute, climbing out with `..`, the workspace itself, a
 * dot-folder (.git…) or a Windows separator. Documents are never written elsewhere.
 */
export function outputSegments(output: string): string[] | undefined {
  if (output.startsWith('/') || output.includes('\\') || /^[a-zA-Z]:/.test(output)) return undefined;
  const segments: string[] = [];
  for (const s of output.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (!segments.length) return undefined;
      segments.pop();
    } else if (s.startsWith('.') || hasControl(s)) return undefined;
    else segments.push(s);
  }
  return segments.length ? segments : undefined;
}

/** A line break, tab or other control character (U+0000–U+001F, U+007F). */
function hasControl(s: string): boolean {
  return [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

const ADDRESS = /^[^\s<>@,;:"()[\]]+@[^\s<>@,;:"()[\]]+$/;
/** `Name <address>` or `"Name, with comma" <address>`; the name part holds no address of its own. */
const NAMED = /^(?:"(?:[^"\\]|\\.)*"|[^"<>,;@]*?)\s*<([^<>]*)>$/;

/** Is this `sender` exactly one address on one line (`address@x` or `Name <address@x>`)? */
export function isSingleSender(sender: string): boolean {
  if (hasControl(sender)) return false;
  const s = sender.trim();
  const named = NAMED.exec(s);
  return ADDRESS.test(named ? named[1] : s);
}

/** The findings of these checks on parsed atelier.yaml data. */
export function configFindings(data: unknown): Finding[] {
  if (!isObject(data)) return [];
  const findings: Finding[] = [];
  if (typeof data.output === 'string' && data.output.trim() && !outputSegments(data.output.trim()))
    findings.push({
      code: 'config.output-outside',
      severity: 'error',
      path: ['output'],
      target: 'value',
      args: { value: JSON.stringify(data.output) },
    });
  if (typeof data.sender === 'string' && data.sender.length >= 3 && !isSingleSender(data.sender))
    findings.push({
      code: 'config.sender',
      severity: 'error',
      path: ['sender'],
      target: 'value',
      args: { value: JSON.stringify(data.sender) },
    });
  return findings;
}
