/** The placeholders an email template may use (documented in the README), and nothing else. */

export const TEMPLATE_VARIABLES = [
  'recipient.first_name',
  'recipient.last_name',
  'recipient.email',
  'recipient.organisation',
  'recipient.function',
  'session.title',
  'session.date',
  'session.dates',
  'session.first_date',
  'session.last_date',
  'session.slots',
  'session.place',
  'session.online.url',
  'session.online.phone',
  'session.online.access_code',
  'session.access_until',
  'programme.title',
  'programme.modules',
  'client.name',
  'mission.id',
  'facilitators',
  'organisation',
  'signature',
] as const;

export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

const VARIABLES: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);

/** Groups of variables, usable as sections: {{#session.online}}…{{/session.online}}. */
const GROUPS: ReadonlySet<string> = new Set(
  TEMPLATE_VARIABLES.flatMap((v) =>
    v
      .split('.')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('.')),
  ),
);

export function isTemplateVariable(name: string): name is TemplateVariable {
  return VARIABLES.has(name);
}

/**
 * Is `name` known where it is written? Inside sections, a name may be relative to an enclosing
 * section ({{#session}}{{title}}{{/session}}), and `.` is the section's own value.
 */
export function isKnownName(name: string, sections: readonly string[], asSection: boolean): boolean {
  if (name === '.') {
    // `.` prints the section's own value: known over a value ({{#session.place}}), never over a group
    // ({{#session.online}}), which has no text of its own.
    const inner = sections[sections.length - 1];
    if (inner === undefined) return false;
    return [inner, ...sections.slice(0, -1).map((s) => `${s}.${inner}`)].some((c) => VARIABLES.has(c));
  }
  const candidates = [name, ...sections.map((s) => `${s}.${name}`)];
  return candidates.some((c) => VARIABLES.has(c) || (asSection && GROUPS.has(c)));
}

/** The closest known name, for a "did you mean" hint (undefined when none is close). */
export function closestVariable(name: string): TemplateVariable | undefined {
  let best: TemplateVariable | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const v of TEMPLATE_VARIABLES) {
    const d = distance(name, v);
    if (d < bestDistance) [best, bestDistance] = [v, d];
  }
  return best;
}

/** Levenshtein distance (names are short: the quadratic table is cheap). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}
