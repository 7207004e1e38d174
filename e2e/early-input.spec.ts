import { expect, test } from './support/fixtures.ts';
import { calculatorResult, hydrated } from './support/page-helpers.ts';
import type { Page } from '@playwright/test';

// A reader on a slow phone can type into the server-rendered form before its script arrives. What they typed must
// be what the calculator computes with once it hydrates, and what the address keeps.
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((ok) => { release = ok; });
  await page.route(/\/_astro\/.*\.js(\?|$)/, async (route) => { await released; await route.continue(); });
  return release;
}

test.describe('input typed before the page hydrates', () => {
  test('the sizer computes with it, and the address keeps it beside the inputs it started from', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('calculators/ha-cluster/?zones=3', { waitUntil: 'commit' }); // 'load' waits for the held scripts
    await expect(page.locator('astro-island[ssr]')).not.toHaveCount(0);
    await page.getByLabel('Machine failures to survive').fill('2');
    release();
    await hydrated(page);
    await expect(calculatorResult(page, 'ha-cluster', 'etcd-members')).toHaveAttribute('data-value', '5');
    await expect(page.getByLabel('Machine failures to survive')).toHaveValue('2');
    await expect(page.getByLabel('Failure zones')).toHaveValue('3');
    await expect(page).toHaveURL(/tolerate=2/);
    await expect(page).toHaveURL(/zones=3/);
  });

  test('a choice made before hydration filters the tools directory', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('tools/', { waitUntil: 'commit' });
    await page.getByLabel('Status now').selectOption('archived');
    release();
    await hydrated(page);
    await expect(page.getByRole('status').filter({ hasText: /shown/ })).toHaveText('2 tools shown');
    await expect(page).toHaveURL(/status=archived/);
  });
});
