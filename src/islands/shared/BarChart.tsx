import type { BarChartSpec } from '../../models/shared/chart-spec.ts';
import { ChartTable } from './ChartTable.tsx';
import { useLazyChart } from './use-lazy-chart.ts';

interface Props {
  spec: BarChartSpec;
  /** Box height: "short" for a handful of bars, "tall" for many groups. */
  size?: 'short' | 'tall';
}

/**
 * A grouped bar chart, drawn by Chart.js once it scrolls into view, with the same numbers always present as a
 * table (the chart is an image to assistive technology and points to it).
 */
export function BarChart({ spec, size = 'tall' }: Props) {
  const { boxRef, canvasRef, drawn } = useLazyChart(spec);
  return (
    <figure class="chart" data-chart-drawn={String(drawn)}>
      <figcaption class="chart-title">{spec.title}</figcaption>
      <div class={`chart-box chart-box-${size}`} ref={boxRef} data-drawn-by-script>
        <canvas ref={canvasRef} role="img" aria-label={`Bar chart: ${spec.title}, in ${spec.unit}, for ${spec.series.map((s) => s.label).join(', ')}. The table below gives the numbers.`} />
      </div>
      <ChartTable spec={spec} />
    </figure>
  );
}
