import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { builtRoutes } from './support/built-site.ts';
import { expect, test } from './support/fixtures.ts';
import { loadEverything } from './support/page-helpers.ts';

// Byte budgets per page, gzip-compressed (level 9), measured against the production build. A budget is a ceiling
// that keeps pages fast on slow links, not a target. Times are never asserted here (`npm run bench` reports them).
const KB = 1024;
const BUDGET = {
  html: 60 * KB,
  /** Everything the page loads once every island has hydrated and every chart has been drawn. */
  js: 40 * KB,
  /** The site's one stylesheet, plus Pagefind's on the search page. */
  css: 15 * KB, stylesheets: 2,
  /** The theme, service-worker and other inline scripts of our own (Astro's island runtime is not counted). */
  inlineScripts: 2 * KB,
  /**
   * What a calculator or embed page loads before the reader does anything (no pointer, no scrolling, no input): its
   * islands hydrate when a reader is about to use them (client:intent), so this is the page's own small scripts.
   */
  jsBeforeInteraction: 18 * KB,
  /**
   * Fonts the text on screen and below it is set in, counted as family, size, weight and style. Chromium sets up each
   * one on its own before the first layout (the site keeps to one type scale, tokens.css); SVG diagram labels add theirs.
   */
  fontsInUse: 16,
};
/** Pages that draw a Chart.js chart load its tree-shaken chunk (about 50 KB gzip) on top. */
const CHART_JS_EXTRA = 60 * KB;
/**
 * /print/ holds every chapter on one page, loaded once to print or save: its HTML has a larger budget of its own, as
 * have its fonts (both kinds of diagram, and its chapter titles).
 */
const PRINT_HTML = 120 * KB;
const PRINT_FONTS = 22;
const chartPages = [/calculators\/vm-vs-containers\/$/, /embed\/vm-vs-containers\/$/, /guide\/why-kubernetes\/$/, /guide\/stateful-stateless\/$/];
const calculatorPages = /^(calculators|embed)\/[a-z-]+\/$/;
/** Pages with no island: no framework JavaScript at all. */
const contentPages = /^(|talk\/|host\/|print\/|guide\/(toolbox|future|glossary|references)\/)$/;

/** gzip bytes by kind of everything the main frame received, and how many stylesheets and images it asked for. */
async function measure(page: Page, responses: Response[]) {
  const bytes = { html: 0, css: 0, js: 0, stylesheets: 0, images: 0 };
  for (const response of responses) {
    const type = response.request().resourceType();
    if (type === 'image' && response.frame() === page.mainFrame()) bytes.images += 1;
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : null;
    if (!kind || response.status() !== 200 || response.frame() !== page.mainFrame()) continue;
    bytes[kind] += gzipSync(await response.body(), { level: 9 }).length;
    if (kind === 'css') bytes.stylesheets += 1;
  }
  return bytes;
}

for (const route of builtRoutes()) {
  // Root only: a base path changes no byte that matters to a budget.
  test(`page /${route} stays within its byte budget`, { tag: '@root-only' }, async ({ page }) => {
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(route);
    await page.waitForLoadState('networkidle');

    const atLoad = await measure(page, responses);
    if (calculatorPages.test(route)) expect(atLoad.js, 'JavaScript gzip bytes before any interaction').toBeLessThanOrEqual(BUDGET.jsBeforeInteraction);
    if (contentPages.test(route)) expect(atLoad.js, 'a page without islands loads no JavaScript file').toBe(0);
    const fonts = await page.evaluate(() => {
      const seen = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim() || !element.getClientRects().length) continue;
        const style = getComputedStyle(element);
        seen.add([style.fontFamily.split(',')[0], style.fontSize, style.fontWeight, style.fontStyle].join(' '));
      }
      return [...seen];
    });
    expect(fonts.length, `fonts in use at load: ${fonts.join(', ')}`).toBeLessThanOrEqual(route === 'print/' ? PRINT_FONTS : BUDGET.fontsInUse);
    // Diagrams and the header's logo are drawn inline: an image would cost a request and, for SVG, a document of its own.
    expect(atLoad.images, 'image requests at load').toBe(0);
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !(s as HTMLScriptElement).type && !/customElements\.define\("astro-island"|self\.Astro/.test(s.textContent ?? ''))
      .map((s) => s.textContent).join(''));
    expect(gzipSync(inline, { level: 9 }).length, 'inline scripts of our own, gzip bytes').toBeLessThanOrEqual(BUDGET.inlineScripts);

    // Scrolled to the end, with every island woken: only where something can load late (scrolling the printable guide
    // alone takes some 15 s).
    const loadsLate = await page.evaluate(() => !!document.querySelector('astro-island, script[src], [loading="lazy"]'));
    if (loadsLate) {
      await loadEverything(page);
      await page.waitForLoadState('networkidle');
    }
    const all = await measure(page, responses);
    expect(all.html, 'HTML gzip bytes').toBeLessThanOrEqual(route === 'print/' ? PRINT_HTML : BUDGET.html);
    expect(all.stylesheets, 'stylesheet requests').toBeLessThanOrEqual(BUDGET.stylesheets);
    expect(all.css, 'CSS gzip bytes').toBeLessThanOrEqual(BUDGET.css);
    expect(all.js, 'JavaScript gzip bytes').toBeLessThanOrEqual(BUDGET.js + (chartPages.some((re) => re.test(route)) ? CHART_JS_EXTRA : 0));
    expect(all.js + all.css + all.html, 'something was measured').toBeGreaterThan(0);
  });
}
