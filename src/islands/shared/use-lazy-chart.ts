import { useEffect, useRef, useState } from 'preact/hooks';
import type { BarChartSpec } from '../../models/shared/chart-spec.ts';
import type { DrawnChart } from './chart-runtime.ts';
import { prefersReducedMotion, readChartTheme } from './chart-theme.ts';

/**
 * A chart's life cycle: waits until its box is about to scroll into view, then loads Chart.js with a dynamic
 * import() and draws; redraws when the data changes or <html data-theme> switches; destroys the chart on unmount.
 */
export function useLazyChart(spec: BarChartSpec) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chart = useRef<DrawnChart | null>(null);
  const latest = useRef(spec);
  latest.current = spec;
  const [visible, setVisible] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const key = JSON.stringify(spec);

  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof IntersectionObserver === 'undefined') { setVisible(true); return; }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) { setVisible(true); observer.disconnect(); }
    }, { rootMargin: '200px' });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    import('./chart-runtime.ts').then(({ drawBarChart }) => {
      if (cancelled || !canvasRef.current) return;
      const animate = !prefersReducedMotion();
      if (chart.current) chart.current.update(latest.current, readChartTheme(), animate);
      else chart.current = drawBarChart(canvasRef.current, latest.current, readChartTheme(), animate);
      setDrawn(true);
    });
    return () => { cancelled = true; };
  }, [visible, key]);

  useEffect(() => {
    if (!drawn) return;
    const observer = new MutationObserver(() => chart.current?.update(latest.current, readChartTheme(), false));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, [drawn]);

  useEffect(() => () => { chart.current?.destroy(); chart.current = null; }, []);

  return { boxRef, canvasRef, drawn };
}
