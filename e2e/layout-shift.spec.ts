import { OUT_DIR } from './support/built-site.ts';
import { expect, test } from './support/fixtures.ts';
import { hydrated } from './support/page-helpers.ts';
import { serveFolder, specPort } from './support/static-server.ts';
import type { Page } from '@playwright/test';

// No layout shift while a page loads on a slow phone: 360 px wide, the CPU four times slower, and every script
// arriving late, so anything the page only settles with JavaScript (a sidebar collapsing, islands hydrating, inputs
// from the address replacing the defaults, Pagefind drawing its box) happens after the first paint, where it shows.
// Layout shifts are counted by the browser (PerformanceObserver), not timed: the assertion is on their sum.
const pages = [
  '', 'guide/toolbox/', 'guide/architecture/', 'guide/why-kubernetes/', 'tools/', 'tools/?status=active', 'search/', 'search/?q=quorum', 'talk/', 'host/',
  'calculators/ha-cluster/', 'calculators/ha-cluster/?tolerate=2&zones=3', 'calculators/failure-simulator/?down=worker-1',
  'calculators/vm-vs-containers/?instances=2000', 'embed/ha-cluster/?tolerate=2&zones=3', 'embed/vm-vs-containers/?instances=2000',
  'embed/placement-advisor/?state=single-primary', 'embed/pattern-picker/?spareMetal=yes',
];

test.describe('layout shift on a slow phone', { tag: '@root-only' }, () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  // One retry in CI, reported there as flaky with the first try's shifts. Clean-clone runs have twice failed here on
  // a shift of a few pixels on /…/vm-vs-containers/?instances=2000 (0.0056 of a preset button, then 0.0001 of the
  // site title) that over a hundred repeats here, two workers at a time and under extra CPU load, did not show; once,
  // with a script forcing layout every frame, the page's top button moved (0.0006) before any script file arrived.
  // A page that shifts on every load still fails.
  test.describe.configure({ retries: process.env.CI ? 1 : 0 });

  for (const route of pages) {
    test(`/${route} does not move once painted`, async ({ page }) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.route(/\.js(\?|$)/, async (r) => { await new Promise((ok) => setTimeout(ok, 800)); await r.continue(); });
      await watchShifts(page);
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      await hydrated(page); // islands hydrate on a reader's intent: wake them, so their hydration is watched too
      await page.waitForTimeout(300); // a last frame for anything the final scripts changed
      expect(await shifts(page)).toEqual([]);
    });
  }
});

// The header, as a slow network delivers the page: pauses after the logo (before the site's name), after the
// navigation, and inside the theme picker, before its options. Site.astro's rel=expect holds the first frame until
// the picker is in the document, and the picker's set width needs none of its options: so the first frame already
// has the header as it stays. Without the first, the title grows and the navigation moves aside as the rest
// arrives; without the second, the navigation moves when the options do.
test.describe('the header on a slow network', { tag: '@root-only' }, () => {
  const cases = [{ width: 1280, height: 800, port: specPort(3) }, { width: 360, height: 740, port: specPort(4) }];
  test.use({ fixtureOrigins: cases.map(({ port }) => `http://127.0.0.1:${port}`) });
  for (const { port, ...viewport } of cases) {
    test(`is drawn whole in the first frame, at ${viewport.width} px`, async ({ page }) => {
      const server = await serveFolder(OUT_DIR, '/', port, { holdAfter: [/<\/svg>/, /<\/nav>/, /<select [^>]*>/], holdMs: 400 });
      try {
        await page.setViewportSize(viewport);
        await watchShifts(page);
        await page.goto(`${server.origin}/guide/toolbox/`);
        await page.waitForLoadState('load');
        await page.waitForTimeout(300); // a last frame
        expect(await shifts(page)).toEqual([]);
      } finally {
        await server.close();
      }
    });
  }
});

// A calculator's presets, as a slow network delivers them: a pause inside each preset button, before its text. A
// frame drawn then has the button empty; when its text arrives the button must stay where it was drawn (in a row of
// buttons sized by their text, a button that no longer fits the line moves to the next one).
test.describe('the presets on a slow network', { tag: '@root-only' }, () => {
  const viewports = [{ width: 1280, height: 800 }, { width: 360, height: 740 }];
  const cases = viewports.flatMap((viewport, i) => ['ha-cluster', 'vm-vs-containers'].map((id, j) => ({ id, viewport, port: specPort(5 + 2 * i + j) })));
  test.use({ fixtureOrigins: cases.map(({ port }) => `http://127.0.0.1:${port}`) });
  for (const { id, viewport, port } of cases) {
    test(`stay where they are first drawn: ${id}, at ${viewport.width} px`, async ({ page }) => {
      const pauses = Array.from({ length: 5 }, () => /<button [^>]*data-preset="[^"]*">/);
      const server = await serveFolder(OUT_DIR, '/', port, { holdAfter: pauses, holdMs: 250 });
      try {
        await page.setViewportSize(viewport);
        await watchShifts(page);
        await page.goto(`${server.origin}/calculators/${id}/`);
        await page.waitForLoadState('load');
        await page.waitForTimeout(300); // a last frame
        expect(await shifts(page)).toEqual([]);
      } finally {
        await server.close();
      }
    });
  }
});

/**
 * Records every layout shift the browser reports from the page's start. Every shift counts, hadRecentInput or not:
 * these tests send no input a browser counts as recent (the pointerover that wakes islands is synthetic), and
 * Chromium has marked shifts while loading that way. Each says where each moved node was and went, and when, so a
 * failure says what moved and why (not just that it did).
 */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{ value: number; startTime: number; hadRecentInput: boolean; sources: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> }>) {
        const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
        const what = entry.sources.map((s) => `${s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : s.node?.nodeName} ${rect(s.previousRect)} to ${rect(s.currentRect)}`).join(', ');
        shifts.push(`${entry.value.toFixed(4)}${entry.hadRecentInput ? ' (marked as after input)' : ''} ${what} at ${Math.round(entry.startTime)} ms, document ${document.readyState}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts watchShifts has recorded so far. */
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
