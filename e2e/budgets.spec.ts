import { gzipSync } from 'node:zlib';
import { builtRoutes } from './support/built-site.ts';
import { expect, test } from './support/fixtures.ts';
import { loadEverything } from './support/page-helpers.ts';

// Byte budgets per page, gzip-compressed, for everything the page loads once every island has hydrated.
// Measured against the production build; a budget is a ceiling to keep pages fast on slow links, not a target.
const KB = 1024;
const BUDGET = { html: 60 * KB, css: 16 * KB, js: 40 * KB };
/** Pages that draw a Chart.js chart load its tree-shaken chunk (about 50 KB gzip) on top. */
const CHART_JS_EXTRA = 60 * KB;
/** /print/ holds every chapter on one page, loaded once to print or save: its HTML has a larger budget of its own. */
const PRINT_HTML = 120 * KB;
const chartPages = [/calculators\/vm-vs-containers\/$/, /embed\/vm-vs-containers\/$/, /guide\/why-kubernetes\/$/, /guide\/stateful-stateless\/$/];

for (const route of builtRoutes()) {
  // Root only: a base path changes no byte that matters to a budget.
  test(`page /${route} stays within its byte budget`, { tag: '@root-only' }, async ({ page }) => {
    const responses: import('@playwright/test').Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(route);
    await loadEverything(page);
    await page.waitForLoadState('networkidle');
    const bytes = { html: 0, css: 0, js: 0 };
    for (const response of responses) {
      const type = response.request().resourceType();
      const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : null;
      if (!kind || response.status() !== 200 || response.frame() !== page.mainFrame()) continue;
      bytes[kind] += gzipSync(await response.body(), { level: 9 }).length;
    }
    const js = BUDGET.js + (chartPages.some((re) => re.test(route)) ? CHART_JS_EXTRA : 0);
    expect(bytes.html, "HTML gzip bytes").toBeLessThanOrEqual(route === 'print/' ? PRINT_HTML : BUDGET.html);
    expect(bytes.css, 'CSS gzip bytes').toBeLessThanOrEqual(BUDGET.css);
    expect(bytes.js, 'JavaScript gzip bytes').toBeLessThanOrEqual(js);
    expect(bytes.js + bytes.css + bytes.html, 'something was measured').toBeGreaterThan(0);
  });
}
