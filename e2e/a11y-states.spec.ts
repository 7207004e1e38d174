import { expect, test } from './support/fixtures.ts';
import { axeViolations, loadEverything } from './support/page-helpers.ts';

// axe over the states pages.spec does not reach: every island hydrated, and every calculator showing a field
// error with its results marked stale (DESIGN.md section 4), in both themes.
const states = [
  { route: 'calculators/ha-cluster/', bad: '?zones=x&replicas=-3' },
  { route: 'calculators/ha-cluster/?export=cluster-api', bad: '?export=helm&zones=x' }, // the export open, then out of date
  { route: 'embed/ha-cluster/?export=juju', bad: '' },
  { route: 'calculators/failure-simulator/', bad: '?down=worker-99&at=soon' },
  { route: 'calculators/vm-vs-containers/', bad: '?flavors=bad&instances=0' },
  { route: 'calculators/placement-advisor/', bad: '?state=bogus' },
  { route: 'calculators/pattern-picker/', bad: '?gpu=lots' },
  { route: 'tools/', bad: '?status=gone' },
  { route: 'guide/architecture/', bad: '' },
  { route: 'talk/present/#7', bad: '' }, // the live calculator on its slide
];

for (const { route, bad } of states) {
  for (const query of bad ? ['', bad] : ['']) {
    // The bad query replaces the route's own, if it has one.
    const url = query ? route.replace(/\?.*$/, '') + query : route;
    // Root only, like pages.spec's axe pass: a base path changes addresses, not what axe checks.
    test(`axe finds nothing on /${url} once hydrated, in both themes`, { tag: '@root-only' }, async ({ page }) => {
      // Every axe rule, twice, over a hydrated page: about 30 s for the architecture chapter on two busy cores.
      test.slow();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        await loadEverything(page);
        if (query) await expect(page.locator('[data-stale="true"]').first()).toBeAttached();
        // The HA sizer's export loads its file after hydration, when the address opens it.
        if (/export=/.test(url)) await expect(page.locator('[data-export]')).toBeVisible();
        expect(await axeViolations(page), scheme).toEqual([]);
      }
    });
  }
}
