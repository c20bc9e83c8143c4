/** The top of the page: title, filters (period, programme, client), and the Monday-morning cards. */
import type { DashboardFilters } from '../../../core/dashboard/model';
import { el } from '../dom';
import { presetPeriod } from '../period';
import type { PeriodPreset } from '../protocol';
import type { View } from '../view';

const PRESETS: PeriodPreset[] = ['all', 'month', 'quarter', 'year', 'last12', 'custom'];

function select(
  id: string,
  label: string,
  options: [string, string][],
  value: string,
  changed: (value: string) => void,
): HTMLElement {
  const s = el('select', { id }, ...options.map(([v, text]) => el('option', { value: v }, text)));
  s.value = value;
  s.addEventListener('change', () => changed(s.value));
  return el('label', { for: id }, el('span', {}, label), s);
}

function dateInput(
  id: string,
  label: string,
  value: string | undefined,
  changed: (value: string | undefined) => void,
): HTMLElement {
  const i = el('input', { id, type: 'date' });
  i.value = value ?? '';
  i.addEventListener('change', () => changed(i.value || undefined));
  return el('label', { for: id }, el('span', {}, label), i);
}

export function filterBar(v: View): HTMLElement {
  const { model, l, state } = v;
  const f = state.filters;
  const set = (patch: Partial<DashboardFilters>, preset: PeriodPreset = state.preset) =>
    v.update({ preset, filters: { ...f, ...patch } }, true);
  const reset = el('button', { type: 'button', id: 'reset-filters', class: 'secondary' }, l.reset);
  reset.addEventListener('click', () => v.update({ preset: 'all', filters: {}, quoteStatus: undefined }, true));
  return el(
    'form',
    { class: 'filters', role: 'search', 'aria-label': l.period },
    select(
      'filter-period',
      l.period,
      PRESETS.map((p) => [p, l.periods[p]]),
      state.preset,
      (p) => set(presetPeriod(p as PeriodPreset, model.today) ?? {}, p as PeriodPreset),
    ),
    dateInput('filter-from', l.from, f.from, (d) => set({ from: d }, 'custom')),
    dateInput('filter-to', l.to, f.to, (d) => set({ to: d }, 'custom')),
    select(
      'filter-programme',
      l.programme,
      [['', l.all], ...model.options.programmes.map((p): [string, string] => [p.id, p.label])],
      f.programme ?? '',
      (id) => set({ programme: id || undefined }),
    ),
    select(
      'filter-client',
      l.client,
      [['', l.all], ...model.options.clients.map((c): [string, string] => [c.id, c.label])],
      f.client ?? '',
      (id) => set({ client: id || undefined }),
    ),
    reset,
  );
}

/** Five answers to the Monday questions; each card scrolls to the section with the files behind it. */
export function cards(v: View): HTMLElement {
  const { model, l, f } = v;
  const accepted = model.quotes.by_status.find((s) => s.status === 'accepted');
  const card = (target: string, figure: string, value: string, label: string, detail?: string) => {
    const b = el(
      'button',
      { type: 'button', class: 'card', 'data-card': figure },
      el('span', { class: 'value' }, value),
      el('span', { class: 'label' }, label),
      detail ? el('span', { class: 'detail' }, detail) : null,
    );
    b.addEventListener('click', () => document.getElementById(target)?.scrollIntoView({ block: 'start' }));
    return b;
  };
  const p = model.problems;
  return el(
    'div',
    { class: 'cards' },
    card(
      'quotes',
      'sold',
      f.money(accepted?.total_ht ?? 0),
      `${l.quoteStatuses.accepted} (${l.ht})`,
      `${l.conversion} ${f.percent(model.quotes.conversion.rate)}`,
    ),
    card(
      'sessions',
      'planned',
      String(model.sessions.upcoming.count),
      l.upcoming,
      l.sessionsCount(model.sessions.upcoming.count),
    ),
    card(
      'missions',
      'paid',
      String(model.missions.retributions.count),
      l.retributions,
      model.missions.ready_to_close.count ? `${l.readyToClose} : ${model.missions.ready_to_close.count}` : undefined,
    ),
    card('todos', 'todo', String(model.todos.count), l.todos),
    card(
      'problems',
      'problems',
      String(p.errors + p.warnings),
      l.problems,
      l.problemCounts(p.errors, p.warnings, p.infos),
    ),
  );
}
