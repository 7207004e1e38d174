/** Colours a chart draws with, read from the page's CSS custom properties at draw time so both themes apply. */
export interface ChartTheme {
  /** --chart-1 to --chart-5, in order. */
  tones: string[];
  text: string;
  grid: string;
}

/** Reads the current theme's chart colours from <html>. */
export function readChartTheme(): ChartTheme {
  const css = getComputedStyle(document.documentElement);
  const value = (name: string) => css.getPropertyValue(name).trim();
  return { tones: [1, 2, 3, 4, 5].map((i) => value(`--chart-${i}`)), text: value('--text'), grid: value('--border') };
}

/** True when the reader asked the system for less motion; charts then draw without animation. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
