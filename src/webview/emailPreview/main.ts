/** The email preview: one rendered mail per recipient, switchable, then "write the .eml files". */
import type { HostToView, PreviewMessage, ViewToHost } from './protocol';

interface VsCodeApi {
  postMessage(message: ViewToHost): void;
  getState(): { index?: number } | undefined;
  setState(state: { index: number }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('app')!;

/** Builds an element; text goes through textContent, never innerHTML. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

function render(msg: Extract<HostToView, { type: 'show' }>): void {
  const l = msg.labels;
  let index = Math.min(vscode.getState()?.index ?? 0, Math.max(0, msg.messages.length - 1));
  const select = el('select', { id: 'recipient', 'aria-label': l.recipient }) as HTMLSelectElement;
  msg.messages.forEach((m, i) => select.append(el('option', { value: String(i) }, m.to)));
  const header = el('dl', { class: 'header' });
  const frame = el('iframe', { sandbox: '', title: l.html, class: 'html' }) as HTMLIFrameElement;
  const plain = el('pre', { class: 'text' });
  const show = (m: PreviewMessage) => {
    header.replaceChildren(
      el('dt', {}, l.from),
      el('dd', {}, m.from),
      el('dt', {}, l.to),
      el('dd', {}, m.to),
      el('dt', {}, l.subject),
      el('dd', { class: 'subject' }, m.subject),
    );
    frame.srcdoc = m.html;
    plain.textContent = m.text;
  };
  select.addEventListener('change', () => {
    index = Number(select.value);
    vscode.setState({ index });
    show(msg.messages[index]);
  });
  const write = el('button', { id: 'write' }, l.write);
  write.addEventListener('click', () => vscode.postMessage({ type: 'write' }));
  if (msg.refusal !== undefined) write.setAttribute('disabled', '');
  const status = el('p', { id: 'status', role: 'status' });
  const warnings = el('ul', { class: 'warnings' }, ...msg.warnings.map((w) => el('li', {}, w)));
  root.replaceChildren(
    el('h1', {}, msg.title),
    el('div', { class: 'bar' }, el('label', { for: 'recipient' }, l.recipient), select, write),
    warnings,
    status,
    ...(msg.messages.length
      ? [header, el('h2', {}, l.html), frame, el('h2', {}, l.text), plain]
      : [el('p', msg.refusal === undefined ? {} : { class: 'refusal', role: 'alert' }, msg.refusal ?? l.empty)]),
  );
  if (msg.messages.length) {
    select.value = String(index);
    show(msg.messages[index]);
  }
}

window.addEventListener('message', (e: MessageEvent<HostToView>) => {
  const msg = e.data;
  if (msg.type === 'show') render(msg);
  else if (msg.type === 'written') document.getElementById('status')!.textContent = msg.summary;
});
vscode.postMessage({ type: 'ready' });
