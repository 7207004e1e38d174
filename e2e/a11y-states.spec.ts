import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

// axe over the states pages.spec does not reach: every island hydrated, and every calculator showing a field
// error with its results marked stale (DESIGN.md section 4), in both themes.
const states = [
  { route: 'calculators/ha-cluster/', bad: '?zones=x&replicas=-3' },
  { route: 'calculators/failure-simulator/', bad: '?down=worker-99&at=soon' },
  { route: 'calculators/vm-vs-containers/', bad: '?flavors=bad&instances=0' },
  { route: 'calculators/placement-advisor/', bad: '?state=bogus' },
  { route: 'calculators/pattern-picker/', bad: '?gpu=lots' },
  { route: 'tools/', bad: '?status=gone' },
  { route: 'guide/architecture/', bad: '' },
];

async function hydrateAll(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) { scrollTo(0, y); await new Promise((r) => setTimeout(r, 30)); }
  });
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // Back to the top: axe's target-size rule counts targets half hidden under the sticky header at whatever scroll position it finds.
  await page.evaluate(() => scrollTo(0, 0));
}

for (const { route, bad } of states) {
  for (const query of bad ? ['', bad] : ['']) {
    test(`axe finds nothing on /${route}${query} once hydrated, in both themes`, async ({ page }) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(route + query);
        await hydrateAll(page);
        if (query) await expect(page.locator('[data-stale="true"]').first()).toBeAttached();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), scheme).toEqual([]);
      }
    });
  }
}
