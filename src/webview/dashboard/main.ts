/** The dashboard webview: renders the host's model, sends filters and "open this file" back. */
import type { DashboardModel } from '../../core/dashboard/model';
import { dashboardFormats, dashboardLabels } from '../../core/i18n/dashboard';
import { destroyCharts } from './charts';
import { el } from './dom';
import type { DashboardViewState, HostToView, ViewToHost } from './protocol';
import { cards, filterBar } from './sections/header';
import { missionsSection } from './sections/missions';
import { problemsSection } from './sections/problems';
import { quotesSection } from './sections/quotes';
import { sessionsSection } from './sections/sessions';
import { todosSection } from './sections/todos';
import { onThemeChange } from './theme';
import type { View } from './view';

interface VsCodeApi {
  postMessage(message: ViewToHost): void;
  getState(): DashboardViewState | undefined;
  setState(state: DashboardViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
const DEFAULT_STATE: DashboardViewState = {
  filters: {},
  preset: 'all',
  sort: { column: 'file', descending: false },
  scrollY: 0,
};
let state: DashboardViewState = { ...DEFAULT_STATE, ...vscode.getState() };
let model: DashboardModel | undefined;
let renders = 0;

function update(patch: Partial<DashboardViewState>, refetch = false): void {
  state = { ...state, ...patch };
  vscode.setState(state);
  if (refetch) {
    document.body.dataset.state = 'loading';
    vscode.postMessage({ type: 'filters', filters: state.filters });
  } else render();
}

function render(): void {
  if (!model) return;
  const l = dashboardLabels(model.locale);
  const v: View = { model, l, f: dashboardFormats(model.locale, model.currency), state, update };
  const scrollY = window.scrollY;
  destroyCharts();
  document.documentElement.lang = model.locale;
  document.title = l.title;
  app.replaceChildren(
    el(
      'header',
      {},
      el('h1', {}, l.title, model.organisation ? el('span', { class: 'org' }, ` — ${model.organisation}`) : null),
      el('p', { class: 'muted' }, l.asOf(model.today)),
    ),
    filterBar(v),
    el('p', { class: 'muted note' }, l.filterNote),
    cards(v),
    quotesSection(v),
    missionsSection(v),
    sessionsSection(v),
    todosSection(v),
    problemsSection(v),
  );
  app.setAttribute('aria-busy', 'false');
  window.scrollTo(0, renders === 0 ? state.scrollY : scrollY);
  renders++;
  // Tests and the benchmark wait for this: the page is drawn with the model's figures.
  const first = renders === 1;
  requestAnimationFrame(() => {
    document.body.dataset.state = 'ready';
    document.body.dataset.renders = String(renders);
    performance.mark('atelier-painted');
    if (first) vscode.postMessage({ type: 'painted', ms: Math.round(performance.now()) });
  });
}

// One listener for every file link (no inline handlers: the CSP forbids them anyway).
document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a.file-link') as HTMLAnchorElement | null;
  if (!a?.dataset.path) return;
  e.preventDefault();
  const { path, line, column } = a.dataset;
  vscode.postMessage({
    type: 'open',
    path,
    ...(line ? { line: Number(line) } : {}),
    ...(column ? { column: Number(column) } : {}),
  });
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => vscode.setState({ ...state, scrollY: (state.scrollY = window.scrollY) }), 200);
});

window.addEventListener('message', (e: MessageEvent<HostToView>) => {
  if (e.data?.type !== 'model') return;
  performance.mark('atelier-model-received');
  model = e.data.model;
  // The host drops filters it cannot apply (a deleted client): keep the state in line.
  state = { ...state, filters: model.filters };
  vscode.setState(state);
  render();
});

onThemeChange(render);
// Marks for the benchmark's breakdown: script started, model received, first frame drawn.
performance.mark('atelier-ready');
vscode.postMessage({ type: 'ready', filters: state.filters });
