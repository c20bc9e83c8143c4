/** What every section renderer gets: the model, the words, the formats, and the view state. */
import type { DashboardModel } from '../../core/dashboard/model';
import type { DashboardLabels, Formats } from '../../core/i18n/dashboard';
import type { DashboardViewState } from './protocol';

export interface View {
  model: DashboardModel;
  l: DashboardLabels;
  f: Formats;
  state: DashboardViewState;
  /** Changes the view state; `refetch` asks the host for a new model (a filter changed). */
  update(patch: Partial<DashboardViewState>, refetch?: boolean): void;
}
