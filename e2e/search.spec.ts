import { expect, test } from './support/fixtures.ts';

test.describe('search', () => {
  test('is reachable from every page and finds a chapter by a word in it', async ({ page }) => {
    await page.goto('talk/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    const box = page.getByRole('textbox', { name: /search/i });
    await box.fill('quorum');
    const hit = page.locator('.pagefind-ui__result-link').filter({ hasText: 'Architecture 101' }).first();
    await expect(hit).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=quorum/);
    await hit.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Architecture 101');
  });

  test('a query in the address runs at once, and finds the tools directory and calculators too', async ({ page }) => {
    await page.goto('search/?q=kubespray');
    await expect(page.getByRole('textbox', { name: /search/i })).toHaveValue('kubespray');
    await expect(page.locator('.pagefind-ui__result-link').filter({ hasText: 'Tooling directory' }).first()).toBeVisible();
    await page.goto('search/?q=quorum');
    await expect(page.locator('.pagefind-ui__result-link').filter({ hasText: /HA cluster sizer|Failure simulator/ }).first()).toBeVisible();
  });
});
