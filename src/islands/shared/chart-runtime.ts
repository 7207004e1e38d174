/**
 * Chart.js, tree-shaken to what a grouped bar chart needs. This module is only ever loaded through a dynamic
 * import() when a chart is about to be seen, so pages pay for Chart.js only when they show one.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import type { BarChartSpec } from '../../models/shared/chart-spec.ts';
import type { ChartTheme } from './chart-theme.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Long category names wrap onto two lines so the bars keep their room on narrow screens.
const wrap = (label: string): string | string[] => {
  if (label.length <= 18) return label;
  const words = label.split(' ');
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
};

/** The Chart.js configuration of a horizontal grouped bar chart in the given colours. */
function configFor(spec: BarChartSpec, theme: ChartTheme, animate: boolean): ChartConfiguration<'bar'> {
  const axis = { ticks: { color: theme.text }, grid: { color: theme.grid }, border: { color: theme.grid } };
  return {
    type: 'bar',
    data: {
      labels: spec.categories.map(wrap),
      datasets: spec.series.map((s) => ({
        label: s.label, data: s.values, backgroundColor: theme.tones[s.tone - 1], borderColor: theme.text, borderWidth: 1,
      })),
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: animate ? undefined : false, color: theme.text,
      scales: {
        x: { ...axis, beginAtZero: true, title: { display: true, text: spec.unit, color: theme.text } },
        y: axis,
      },
      plugins: { legend: { position: 'bottom', labels: { color: theme.text } } },
    },
  };
}

/** A drawn chart that can take new data or colours. */
export interface DrawnChart { update(spec: BarChartSpec, theme: ChartTheme, animate: boolean): void; destroy(): void }

/** Draws a grouped bar chart on a canvas (which must sit in a sized box, since the chart takes its parent's size). */
export function drawBarChart(canvas: HTMLCanvasElement, spec: BarChartSpec, theme: ChartTheme, animate: boolean): DrawnChart {
  const chart = new Chart(canvas, configFor(spec, theme, animate));
  return {
    update(next, nextTheme, nextAnimate) {
      const config = configFor(next, nextTheme, nextAnimate);
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update(nextAnimate ? undefined : 'none');
    },
    destroy: () => chart.destroy(),
  };
}
