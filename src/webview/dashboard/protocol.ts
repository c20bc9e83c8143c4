/** Messages between the dashboard webview and its host (the extension, or a test page), shared by both sides. */
import type { DashboardFilters, DashboardModel } from '../../core/dashboard/model';

/** The panel's view type: the serializer and the activation event name it. */
export const DASHBOARD_VIEW_TYPE = 'atelier.dashboard';

export type PeriodPreset = 'all' | 'month' | 'quarter' | 'year' | 'last12' | 'custom';

/** What the webview keeps across hiding and reloads (VS Code hands it back to the serializer). */
export interface DashboardViewState {
  filters: DashboardFilters;
  preset: PeriodPreset;
  /** Sort of the problems table. */
  sort: { column: 'file' | 'line' | 'severity' | 'code' | 'message'; descending: boolean };
  /** Status the quotes table is narrowed to (a click on a status), if any. */
  quoteStatus?: string;
  scrollY: number;
}

export type HostToView = { type: 'model'; model: DashboardModel };

export type ViewToHost =
  /** The page is loaded: send the model for these filters. */
  | { type: 'ready'; filters: DashboardFilters }
  /** The coordinator changed a filter. */
  | { type: 'filters'; filters: DashboardFilters }
  /** Open a workspace file (workspace-relative path), at a 1-based line and column when given. */
  | { type: 'open'; path: string; line?: number; column?: number }
  /** The first model is drawn, `ms` after the page started loading (logged; the benchmark reads it). */
  | { type: 'painted'; ms: number };

/** Is this a message the webview may send? The host checks before acting on it. */
export function isViewToHost(m: unknown): m is ViewToHost {
  if (typeof m !== 'object' || m === null) return false;
  const msg = m as Record<string, unknown>;
  if (msg.type === 'open')
    return (
      typeof msg.path === 'string' &&
      (msg.line === undefined || typeof msg.line === 'number') &&
      (msg.column === undefined || typeof msg.column === 'number')
    );
  if (msg.type === 'painted') return typeof msg.ms === 'number';
  return (msg.type === 'ready' || msg.type === 'filters') && typeof msg.filters === 'object' && msg.filters !== null;
}
