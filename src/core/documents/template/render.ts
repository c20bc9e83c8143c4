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

/** A rendering session: templates are parsed once, then rendered for every recipient. */
export class TemplateRenderer {
  private readonly writer = new Mustache.Writer();

  render(template: string, view: TemplateView): string {
    // Values are escaped when the view is built: the engine's own HTML escaping would be wrong for Markdown and plain text.
    return this.writer.render(template, view, {}, { escape: (v: unknown) => String(v) });
  }
}

/** The value of a dotted name in a view ('' when missing). */
export function lookup(view: TemplateView, name: string): string {
  let node: string | TemplateView | undefined = view;
  for (const part of name.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : '';
}
