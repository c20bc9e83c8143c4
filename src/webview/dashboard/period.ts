/** Period presets relative to the model's today (the workspace's date, not the browser's). */
import type { DashboardFilters } from '../../core/dashboard/model';
import type { PeriodPreset } from './protocol';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first and last day of a month "YYYY-MM". */
export function monthPeriod(month: string): Pick<DashboardFilters, 'from' | 'to'> {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return { from: `${month}-01`, to: `${month}-${pad(lastDay(y, m))}` };
}

export function presetPeriod(preset: PeriodPreset, today: string): Pick<DashboardFilters, 'from' | 'to'> | undefined {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  switch (preset) {
    case 'all':
      return { from: undefined, to: undefined };
    case 'month':
      return monthPeriod(today.slice(0, 7));
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: `${y}-${pad(first)}-01`, to: `${y}-${pad(first + 2)}-${pad(lastDay(y, first + 2))}` };
    }
    case 'year':
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    case 'last12': {
      const d = new Date(Date.UTC(y - 1, m - 1, Number(today.slice(8, 10)) + 1));
      return { from: d.toISOString().slice(0, 10), to: today };
    }
    default:
      return undefined; // custom: the dates typed in
  }
}
