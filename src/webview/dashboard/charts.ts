/**
 * Bar charts with Chart.js (bundled, no network), only the parts used registered. Charts are
 * drawn on canvas: labels are text by nature, and each chart has a table of the same numbers beside it.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { el } from './dom';
import { palette } from './theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series {
  label: string;
  data: number[];
  /** A palette colour name. */
  color: 'blue' | 'green' | 'yellow' | 'orange' | 'red' | 'purple';
}

export interface BarChartOptions {
  labels: string[];
  series: Series[];
  /** Bars along the y axis (long labels read better). */
  horizontal?: boolean;
  format: (value: number) => string;
  /** Axis labels, when shorter than `format` (whole euros). */
  tick?: (value: number) => string;
  /** A bar was clicked: its index in `labels`. */
  onClick?: (index: number) => void;
  description: string;
  /** Height in pixels. */
  height?: number;
  /** Values are rates between 0 and 1. */
  maxValue?: number;
}

const live = new Set<Chart>();

/** Forgets every chart (before the page is drawn again). */
export function destroyCharts(): void {
  for (const c of live) c.destroy();
  live.clear();
}

export function barChart(o: BarChartOptions): HTMLElement {
  const p = palette();
  const canvas = el('canvas', { role: 'img', 'aria-label': o.description });
  const box = el('div', { class: 'chart' }, canvas);
  box.style.height = `${o.height ?? 220}px`;
  const valueAxis = o.horizontal ? 'x' : 'y';
  const ticks = { color: p.foreground, font: { family: p.font } };
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: o.labels,
      datasets: o.series.map((s) => ({ label: s.label, data: s.data, backgroundColor: p[s.color], borderColor: p.highContrast ? p.foreground : p[s.color], borderWidth: p.highContrast ? 1 : 0 })),
    },
    options: {
      indexAxis: o.horizontal ? 'y' : 'x',
      animation: false, // first paint and screenshots must not wait for an animation
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: o.series.length > 1, labels: { color: p.foreground, font: { family: p.font } } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${o.format(Number(o.horizontal ? ctx.parsed.x : ctx.parsed.y))}` } },
      },
      scales: {
        [valueAxis]: { beginAtZero: true, max: o.maxValue, ticks: { ...ticks, callback: (v: string | number) => (o.tick ?? o.format)(Number(v)) }, grid: { color: p.grid }, border: { color: p.grid } },
        [o.horizontal ? 'y' : 'x']: { ticks, grid: { display: false }, border: { color: p.grid } },
      },
      onClick: o.onClick ? (_e, elements) => elements[0] && o.onClick!(elements[0].index) : undefined,
      onHover: o.onClick ? (e, elements) => ((e.native?.target as HTMLElement | undefined)?.style && ((e.native!.target as HTMLElement).style.cursor = elements.length ? 'pointer' : 'default')) : undefined,
    },
  });
  live.add(chart);
  return box;
}
