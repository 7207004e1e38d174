import type { BarChartSpec } from '../../models/shared/chart-spec.ts';
import { dec } from '../../models/shared/format.ts';

/** The numbers behind a bar chart as a table: one row per category, one column per series, each named in words. */
export function ChartTable({ spec }: { spec: BarChartSpec }) {
  const fmt = (n: number) => dec(n, spec.digits);
  return (
    // Focusable so that keyboard readers can scroll it sideways on narrow screens.
    <div class="table-wrap" tabIndex={0} role="region" aria-label={`${spec.title}: the numbers`}>
      <table class="chart-table">
        <caption>{spec.title} ({spec.unit})</caption>
        <thead>
          <tr>
            <td />
            {spec.series.map((s) => (
              <th key={s.label} scope="col"><span class={`swatch tone-${s.tone}`} aria-hidden="true" /> {s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.categories.map((category, row) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {spec.series.map((s) => <td key={s.label}>{fmt(s.values[row])}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
