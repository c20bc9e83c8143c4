/**
 * Email templates: every placeholder must be a known variable, pointed at where it is written
 * (in the subject, inside the front matter, or in the body); a broken tag is a syntax error.
 */
import type { Finding } from '../../diagnostics';
import { scanTemplate, type TemplateScan } from '../../documents/template/scan';
import { closestVariable } from '../../documents/template/variables';
import { splitFrontMatter } from '../../parse/frontMatter';
import { YamlLocator } from '../../parse/locate';
import { text as textOf } from '../../records';
import type { FileRule } from '../types';

function findings(scan: TemplateScan, offset: number, whole?: { start: number; end: number }): Finding[] {
  const at = (start: number, end: number) => whole ?? { start: offset + start, end: offset + end };
  const out: Finding[] = [];
  if (scan.error) {
    const e = scan.error;
    out.push({
      code: 'template.syntax',
      severity: 'error',
      path: [],
      target: 'value',
      span: at(e.offset, e.offset + 2),
      args: { problem: e.problem, name: e.name ?? '' },
    });
  }
  for (const p of scan.placeholders) {
    if (p.known) continue;
    const hint = p.kind === 'partial' ? undefined : closestVariable(p.name);
    out.push({
      code: 'template.unknown-placeholder',
      severity: 'error',
      path: [],
      target: 'value',
      span: at(p.start, p.end),
      args: { name: p.name, kind: p.kind, suggestion: hint ?? '' },
    });
  }
  return out;
}

/** Problems in the subject, placed inside its YAML scalar when the source spells the same tags. */
function subjectFindings(subject: string, fileText: string): Finding[] {
  const scan = scanTemplate(subject);
  if (!scan.error && scan.placeholders.every((p) => p.known)) return [];
  const fm = splitFrontMatter(fileText);
  if (!fm) return [];
  const span = new YamlLocator(fm.yaml).locate(['subject'], 'value');
  const start = fm.start + span.start;
  const raw = fileText.slice(start, fm.start + span.end);
  const rawScan = scanTemplate(raw);
  // Quoting and escapes may make the source differ from the value: then the whole value is pointed at.
  const same =
    JSON.stringify(rawScan.placeholders.map((p) => p.name)) === JSON.stringify(scan.placeholders.map((p) => p.name)) &&
    !rawScan.error === !scan.error;
  return same ? findings(rawScan, start) : findings(scan, 0, { start, end: fm.start + span.end });
}

export const templatePlaceholders: FileRule = {
  types: ['email-template'],
  check({ data, text, bodyStart }) {
    const subject = textOf(data.subject);
    return [
      ...(subject ? subjectFindings(subject, text) : []),
      ...findings(scanTemplate(text.slice(bodyStart)), bodyStart),
    ];
  },
};
