import { expect, test } from './support/fixtures.ts';
import { axeViolations, loadEverything } from './support/page-helpers.ts';

// axe over the states a reader makes, which pages.spec (every page as served, and hydrated in the dark theme) does
// not reach: every calculator showing a field error with its results marked stale (DESIGN.md section 4), the HA
// sizer's export open, and the live calculator on its slide, each hydrated, in both themes.
const states: Array<{ url: string; stale?: true }> = [
  { url: 'calculators/ha-cluster/?zones=x&replicas=-3', stale: true },
  { url: 'calculators/ha-cluster/?export=cluster-api' }, // the export open
  { url: 'calculators/ha-cluster/?export=helm&zones=x', stale: true }, // and out of date
  { url: 'embed/ha-cluster/?export=juju' },
  { url: 'calculators/failure-simulator/?down=worker-99&at=soon', stale: true },
  { url: 'calculators/vm-vs-containers/?flavors=bad&instances=0', stale: true },
  { url: 'calculators/placement-advisor/?state=bogus', stale: true },
  { url: 'calculators/pattern-picker/?gpu=lots', stale: true },
  { url: 'tools/?status=gone', stale: true },
  { url: 'talk/present/#7' }, // the live calculator on its slide
];

for (const { url, stale } of states) {
  // Root only, like pages.spec's axe pass: a base path changes addresses, not what axe checks.
  test(`axe finds nothing on /${url} once hydrated, in both themes`, { tag: '@root-only' }, async ({ page }) => {
    // Every axe rule, twice, over a hydrated page, on two busy cores.
    test.slow();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await loadEverything(page);
      if (stale) await expect(page.locator('[data-stale="true"]').first()).toBeAttached();
      // The HA sizer's export loads its file after hydration, when the address opens it.
      if (/export=/.test(url)) await expect(page.locator('[data-export]')).toBeVisible();
      expect(await axeViolations(page), scheme).toEqual([]);
    }
  });
}
