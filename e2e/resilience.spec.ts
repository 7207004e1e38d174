import type { Page } from '@playwright/test';
import { calculatorIds, type CalculatorId } from '../src/calculator-ids.ts';
import { builtRoutes, readBuilt } from './support/built-site.ts';
import { calculatorChanges, setField } from './support/calculator-changes.ts';
import { expect, test } from './support/fixtures.ts';
import { calculatorResult, hydrated, loadEverything } from './support/page-helpers.ts';

// Every page under conditions readers really have: storage that throws, no JavaScript, reduced motion, 200% zoom and
// a slow network. One test per condition walks every page (not one test per page per condition), so the suite stays
// quick; the guard fixture fails each of them on any console error, page error or request to another origin.
const routes = builtRoutes();
const calculatorOf = (route: string) => calculatorIds.find((id) => route === `calculators/${id}/` || route === `embed/${id}/`);
const islandRoutes = routes.filter((route) => readBuilt(`${route}index.html`).includes('<astro-island'));

/** The page is there for a reader: its one heading shows and its main content has text. */
async function readable(page: Page, route: string) {
  await expect(page.locator('h1'), route).toBeVisible();
  const text = await page.locator('main, [data-embed-id]').first().innerText();
  expect(text.length, `${route}: readable content`).toBeGreaterThan(100);
}

/** A calculator computes: changing its input moves a result. */
async function computes(page: Page, id: CalculatorId) {
  const { field, value, result } = calculatorChanges[id];
  const shown = calculatorResult(page, id, result).first();
  const before = await shown.getAttribute('data-value');
  await setField(page, id, field, value);
  await expect(shown, `${id} computes`).not.toHaveAttribute('data-value', before!);
}

test('with storage blocked (every access throws, as in a sandboxed frame) every page loads, hydrates and computes, and the theme can still be chosen', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    }
  });
  for (const route of routes) {
    await page.goto(route);
    await readable(page, route);
    if (islandRoutes.includes(route)) await loadEverything(page);
    const id = calculatorOf(route);
    if (id) await computes(page, id);
  }
  await page.goto('');
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('every page is readable, and each calculator shows its worked example and says it needs JavaScript', async ({ page }) => {
    test.setTimeout(120_000);
    const seen = new Set<string>();
    for (const route of routes) {
      await page.goto(route);
      await readable(page, route);
      const id = calculatorOf(route);
      if (!id) continue;
      const calculator = page.locator(`[data-calculator="${id}"]`).first();
      await expect(calculator.locator('.noscript-note'), `${route}: says it needs JavaScript`).toBeVisible();
      await expect(calculator.locator('.noscript-note')).toContainText('needs JavaScript');
      const result = calculatorResult(page, id, calculatorChanges[id].result).first();
      await expect(result, `${route}: the worked example's result`).toBeVisible();
      expect((await result.innerText()).trim(), `${route}: the worked example has a value`).not.toBe('');
      seen.add(route);
    }
    expect(seen.size, 'every calculator page and embed was checked').toBe(calculatorIds.length * 2);
  });
});

test('with reduced motion every page hydrates with no smooth scrolling and no animation that runs', { tag: '@root-only' }, async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const route of routes) {
    await page.goto(route);
    await readable(page, route);
    if (islandRoutes.includes(route)) await loadEverything(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), route).toBe('auto');
    const moving = await page.evaluate(() => document.getAnimations()
      .filter((a) => a.playState === 'running' && Number(a.effect?.getComputedTiming().duration ?? 0) > 1).length);
    expect(moving, `${route}: running animations`).toBe(0);
  }
});

test('at 200% zoom (a 1280 px window is 640 CSS px wide) every page fits its width and its content can be reached', { tag: '@root-only' }, async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL, viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const route of routes) {
    await page.goto(route);
    await readable(page, route);
    if (islandRoutes.includes(route)) await loadEverything(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${route}: horizontal overflow at 200%`).toBeLessThanOrEqual(0);
    // Content stays reachable: what sticks to the screen (a header) leaves most of it to scroll through, and no
    // control of the main content starts beyond the right edge.
    const stuck = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => {
      const style = getComputedStyle(el);
      return (style.position === 'sticky' || style.position === 'fixed') && style.display !== 'none' && el.getBoundingClientRect().height > 0;
    }).reduce((sum, el) => sum + el.getBoundingClientRect().height, 0));
    expect(stuck, `${route}: pixels of fixed or sticky content at 200% (viewport 400)`).toBeLessThanOrEqual(200);
    const offRight = await page.evaluate(() => [...document.querySelectorAll('main a, main button, main input, main select, [data-embed-id] a, [data-embed-id] input, [data-embed-id] select')]
      .filter((el) => { const box = el.getBoundingClientRect(); return box.width > 0 && box.left >= document.documentElement.clientWidth; }).length);
    expect(offRight, `${route}: controls beyond the right edge`).toBe(0);
  }
  expect(errors).toEqual([]);
  await context.close();
});

test('on a slow network every island shows its server-rendered state until it hydrates, then works', { tag: '@root-only' }, async ({ page }) => {
  test.setTimeout(180_000);
  expect(islandRoutes.length, 'pages with islands').toBeGreaterThanOrEqual(calculatorIds.length * 2);
  // Every script is held back until the test has looked at the page (a network as slow as it takes, with no race),
  // and then arrives 100 ms late; fallback() hands each request on to the guard fixture's own check.
  let release = () => {};
  let gate = Promise.resolve();
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await gate;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await route.fallback();
  });
  for (const route of islandRoutes) {
    gate = new Promise<void>((resolve) => { release = resolve; });
    await page.goto(route, { waitUntil: 'commit' });
    // The whole page is parsed (the deferred and module scripts it waits for come after that).
    await page.waitForFunction(() => document.readyState !== 'loading');
    await expect(page.locator('h1'), route).toBeVisible();
    const pending = page.locator('astro-island[ssr]');
    expect(await pending.count(), `${route}: islands wait for their scripts`).toBeGreaterThan(0);
    for (const island of await pending.all()) {
      expect((await island.innerText()).trim().length, `${route}: an island shows its server-rendered content`).toBeGreaterThan(0);
    }
    const id = calculatorOf(route);
    const result = id ? calculatorResult(page, id, calculatorChanges[id].result).first() : null;
    if (result) await expect(result, `${route}: the server-rendered result is there before hydration`).toBeVisible();
    const before = result ? await result.getAttribute('data-value') : null;
    if (result) expect(before, `${route}: the server-rendered result has its value`).not.toBeNull();
    release();
    await loadEverything(page);
    await hydrated(page);
    if (id && result) {
      await expect(result, `${route}: hydration keeps the server-rendered result`).toHaveAttribute('data-value', before!);
      await computes(page, id);
    }
  }
  release();
});

// One page, its query string and its own inline script: @root-only (README).
test.describe('inputs in the address, on a network that is slow or fails', { tag: '@root-only' }, () => {
  // One pattern: Playwright would read a second array member as the option's settings.
  test.use({ expectedConsoleErrors: [/Failed to load resource|\[astro-island\] Error hydrating/] });

  test('the results stay hidden until they follow the address, and show the example beside its note if the calculator cannot run', async ({ page }) => {
    const id = 'ha-cluster';
    const shown = calculatorResult(page, id, 'etcd-members');
    // Slow: the island's files arrive after 4 s. Its results stay hidden (no defaults flashing, then moving), then
    // show the address's inputs.
    let release = () => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    await page.route(/\/_astro\/.*\.js(\?|$)/, async (route) => { await gate; await route.fallback(); });
    await page.goto(`calculators/${id}/?tolerate=2`, { waitUntil: 'commit' });
    await expect(page.locator('h1')).toBeVisible();
    await page.waitForTimeout(4000);
    await expect(shown).toBeHidden();
    release();
    await hydrated(page);
    await expect(shown).toBeVisible();
    await expect(shown).toHaveAttribute('data-value', '5');

    // Failing: the island's file cannot load (nor Astro's retry). The server-rendered example shows, well before the
    // timer of last resort, beside the note that it is the default example.
    await page.unroute(/\/_astro\/.*\.js(\?|$)/);
    const island = /\/_astro\/HaCluster\.[\w-]+\.js(\?|$)/;
    await page.route(island, (route) => route.abort());
    await page.goto(`calculators/${id}/?tolerate=2`);
    await expect(page.getByText('This calculator needs JavaScript to react to your inputs.')).toBeVisible();
    await expect(shown).toBeVisible({ timeout: 5000 });
    await expect(shown).toHaveAttribute('data-value', '3');

    // An embed's own script file fails: the script element reports it, as no island can start to.
    await page.unroute(island);
    await page.route(/\/_astro\/page\.classic\.[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`embed/${id}/?tolerate=2`);
    await expect(page.getByText('This calculator needs JavaScript to react to your inputs.')).toBeVisible();
    await expect(shown).toBeVisible({ timeout: 5000 });
    await expect(shown).toHaveAttribute('data-value', '3');
  });
});
