import { builtRoutes, promisedRoutes } from './support/built-site.ts';
import { expect, test } from './support/fixtures.ts';
import { axeViolations, loadEverything } from './support/page-helpers.ts';

// Every built page: answers 200, has exactly one h1, no horizontal scrolling at 360 px, and axe finds
// nothing in either theme. The guard fixture fails the test on remote requests, console or page errors
// (which include Content-Security-Policy violations).
test('the build holds exactly the pages the site promises, so the tests below walk all of them', () => {
  expect(builtRoutes()).toEqual(promisedRoutes());
  expect(builtRoutes().length).toBeGreaterThanOrEqual(24);
});

for (const route of builtRoutes()) {
  test(`page /${route} loads cleanly and fits 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow at 360 px').toBeLessThanOrEqual(0);
  });

  // Root only: a base path changes addresses, which the test above and the link checks cover, not what axe checks;
  // and axe with every rule over every page is the slowest part of the suite.
  // A page with islands is checked as served in the light theme (what a reader sees until touching a calculator), then
  // hydrated, every chart drawn, in the light theme and in the dark theme the page switches to live. a11y-states.spec
  // adds the states a reader makes: field errors with stale results, an open export, a slide.
  test(`page /${route} passes axe in both themes`, { tag: '@root-only' }, async ({ page }) => {
    // axe takes longer over the longest pages: the printable guide is every chapter on one page (about 20 s alone,
    // more beside another worker), and the architecture chapter carries two calculators.
    if (route === 'print/') test.setTimeout(240_000);
    if (route === 'guide/architecture/') test.slow();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(route);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await axeViolations(page), 'axe, light theme, as served').toEqual([]);
    const islands = await page.locator('astro-island').count() > 0;
    if (islands) {
      await loadEverything(page);
      expect(await axeViolations(page), 'axe, light theme, hydrated').toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page), `axe, dark theme${islands ? ', hydrated' : ''}`).toEqual([]);
  });
}
