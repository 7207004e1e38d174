/** One series of a bar chart: a label, one value per category, and which --chart-N colour token draws it (1 to 5). */
export interface BarSeries { label: string; values: number[]; tone: 1 | 2 | 3 | 4 | 5 }

/**
 * A grouped bar chart as plain data, built by a model and drawn by the shared chart island, which also renders
 * the same data as a table: categories are rows there, series are columns.
 */
export interface BarChartSpec {
  /** Caption of the figure and of its table. */
  title: string;
  categories: string[];
  series: BarSeries[];
  /** Unit of every value, for the axis title and the table's header ("hosts", "GiB"). */
  unit: string;
  /** Decimals shown in the table. */
  digits: number;
}
