/** Renders a checked template with values already escaped for where they go (see email/view.ts). */
import Mustache from 'mustache';

/** Nested values: strings, or groups of them. Groups are null-prototype objects, so no name reaches a built-in. */
export interface TemplateView {
  [name: string]: string | TemplateView;
}

type Data = { [name: string]: string | undefined | Data };

/**
 * A view from plain nested data, every group without a prototype. A group whose values are all
 * empty becomes '' so that a section on it ({{#session.online}}…{{/session.online}}) is skipped.
 */
export function templateView(data: Data): TemplateView {
  const view = Object.create(null) as TemplateView;
  for (const [k, v] of Object.entries(data)) {
    if (v && typeof v === 'object') {
      const group = templateView(v);
      view[k] = Object.values(group).some((x) => x !== '') ? group : '';
    } else view[k] = v ?? '';
  }
  return view;
}

type Token = [string, string, number, number, ...unknown[]];

/** A rendering session: templates are parsed once, then rendered for every recipient. */
export class TemplateRenderer {
  private readonly writer = new Mustache.Writer();

  render(template: string, view: TemplateView): string {
    // Values are escaped when the view is built: the engine's own HTML escaping would be wrong for Markdown and plain text.
    // A group printed as `{{.}}` has no text (validate flags it): nothing rather than a crash.
    return this.writer.render(
      template,
      view,
      {},
      { escape: (v: unknown) => (v !== null && typeof v === 'object' ? '' : String(v)) },
    );
  }

  /**
   * The full names of the values a rendering prints, relative names resolved (`url` inside
   * {{#session.online}} is `session.online.url`): what sits in a skipped section is not printed,
   * so it is never "left empty".
   */
  printed(template: string, view: TemplateView): string[] {
    const out = new Set<string>();
    const walk = (tokens: readonly Token[], sections: readonly string[]) => {
      for (const t of tokens) {
        const [type, name] = t;
        const full = resolve(view, name, sections);
        if (type === 'name' || type === '&') out.add(full);
        else if ((type === '#' || type === '^') && Array.isArray(t[4])) {
          const shown = isFilled(node(view, full));
          if (shown === (type === '#')) walk(t[4] as Token[], [...sections, full]);
        }
      }
    };
    walk(this.writer.parse(template) as Token[], []);
    return [...out];
  }
}

function node(view: TemplateView, name: string): string | TemplateView | undefined {
  let at: string | TemplateView | undefined = view;
  for (const part of name.split('.')) at = typeof at === 'object' ? at[part] : undefined;
  return at;
}

function isFilled(v: string | TemplateView | undefined): boolean {
  return v !== undefined && v !== '';
}

/** As mustache looks a name up: in the innermost section first, then outwards; `.` is the section itself. */
function resolve(view: TemplateView, name: string, sections: readonly string[]): string {
  if (name === '.') return sections[sections.length - 1] ?? name;
  for (let i = sections.length - 1; i >= 0; i--)
    if (node(view, `${sections[i]}.${name}`) !== undefined) return `${sections[i]}.${name}`;
  return name;
}

/** The value of a dotted name in a view ('' when missing). */
export function lookup(view: TemplateView, name: string): string {
  const at = node(view, name);
  return typeof at === 'string' ? at : '';
}
