/**
 * Bar charts with Chart.js (bundled, no network), only the parts used registered. Charts are
 * drawn on canvas: labels are text by nature, and each chart has a table of the same numbers beside it.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Scale } from 'chart.js';
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

/**
 * A category label in lines no wider than `maxWidth` (Chart.js draws an array as lines): words wrap, and past
 * `maxLines` the last line ends with an ellipsis, so a long programme title stays readable from its start.
 */
export function wrapLabel(
  label: string,
  maxWidth: number,
  measure: (text: string) => number,
  maxLines = 2,
): string | string[] {
  const ellipsis = (text: string) => {
    if (measure(text) <= maxWidth) return text;
    let cut = text;
    while (cut && measure(`${cut.trimEnd()}…`) > maxWidth) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  };
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    // The last line takes the rest of the words, cut below.
    if (line && measure(next) > maxWidth && lines.length < maxLines - 1) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines.length === 1 ? ellipsis(lines[0]) : lines.map(ellipsis);
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** The width of a text in a chart's tick font (Chart.js's default size, the theme's family). */
function textWidth(family: string): (text: string) => number {
  measuring ??= document.createElement('canvas').getContext('2d');
  return (text) => {
    if (!measuring) return text.length * 7;
    measuring.font = `${Chart.defaults.font.size ?? 12}px ${family}`;
    return measuring.measureText(text).width;
  };
}

/**
 * Chart.js gives the category axis of a horizontal chart at most half the width and draws longer labels
 * past the canvas's left edge (cut off): labels take at most this share of the chart's width instead.
 */
const LABEL_SHARE = 0.4;

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
  const measure = textWidth(p.font);
  // Called again on every resize, so the labels follow the chart's width.
  const categoryLabel = function (this: Scale, value: string | number) {
    return wrapLabel(this.getLabelForValue(Number(value)), this.chart.width * LABEL_SHARE, measure);
  };
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: o.labels,
      datasets: o.series.map((s) => ({
        label: s.label,
        data: s.data,
        backgroundColor: p[s.color],
        borderColor: p.highContrast ? p.foreground : p[s.color],
        borderWidth: p.highContrast ? 1 : 0,
      })),
    },
    options: {
      indexAxis: o.horizontal ? 'y' : 'x',
      animation: false, // first paint and screenshots must not wait for an animation
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: o.series.length > 1, labels: { color: p.foreground, font: { family: p.font } } },
        tooltip: {
          callbacks: {
            label: (ctx) =>
              `${ctx.dataset.label ?? ''}: ${o.format(Number(o.horizontal ? ctx.parsed.x : ctx.parsed.y))}`,
          },
        },
      },
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          max: o.maxValue,
          ticks: { ...ticks, maxRotation: 0, callback: (v: string | number) => (o.tick ?? o.format)(Number(v)) },
          grid: { color: p.grid },
          border: { color: p.grid },
        },
        [o.horizontal ? 'y' : 'x']: {
          ticks: o.horizontal ? { ...ticks, autoSkip: false, callback: categoryLabel } : ticks,
          grid: { display: false },
          border: { color: p.grid },
        },
      },
      onClick: o.onClick ? (_e, elements) => elements[0] && o.onClick!(elements[0].index) : undefined,
      onHover: o.onClick
        ? (e, elements) =>
            (e.native?.target as HTMLElement | undefined)?.style &&
            ((e.native!.target as HTMLElement).style.cursor = elements.length ? 'pointer' : 'default')
        : undefined,
    },
  });
  live.add(chart);
  return box;
}
