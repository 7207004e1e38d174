import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { calculatorResult } from './support/page-helpers.ts';

// Calculators hydrate when a reader is about to use them (client:intent, src/client-directives/intent.ts): the page
// loads none of their script until then, and nothing the reader does meanwhile is lost.

const waiting = (page: Page) => page.locator('astro-island[ssr]');

/** Holds the islands' own scripts (not the page's) until `release` is called, as a slow link would. */
async function holdIslandScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((ok) => { release = ok; });
  await page.route(/\/_astro\/(HaCluster|islands\.classic)\.[^/]*\.js$/, async (route) => { await released; await route.continue(); });
  return release;
}

test.describe('islands hydrate on intent', () => {
  test('a calculator page shows the default results and loads no island script until a pointer comes over it', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
    await page.goto('calculators/ha-cluster/');
    await page.waitForLoadState('networkidle');
    await expect(waiting(page)).toHaveCount(1);
    await expect(calculatorResult(page, 'ha-cluster', 'etcd-members')).toHaveAttribute('data-value', '3');
    expect(scripts.filter((url) => /HaCluster|preact|client\./.test(url))).toEqual([]);

    await page.getByRole('heading', { level: 1 }).hover();
    await expect(waiting(page)).toHaveCount(1);
    await page.getByLabel('Failure zones').hover();
    await expect(waiting(page)).toHaveCount(0);
  });

  test('focus arriving in the form, as a keyboard reader tabs in, hydrates it, and typing then computes', async ({ page }) => {
    await page.goto('calculators/ha-cluster/');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Failure zones').focus();
    await expect(waiting(page)).toHaveCount(0);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('3');
    await expect(calculatorResult(page, 'ha-cluster', 'zone-loss-survived')).toHaveAttribute('data-value', 'true');
    await expect(page).toHaveURL(/zones=3/);
  });

  test('a value the browser fills in with no pointer or key (autofill) hydrates the form and is computed with', async ({ page }) => {
    await page.goto('calculators/ha-cluster/');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Machine failures to survive').evaluate((input: HTMLInputElement) => {
      input.value = '2';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(waiting(page)).toHaveCount(0);
    await expect(calculatorResult(page, 'ha-cluster', 'etcd-members')).toHaveAttribute('data-value', '5');
  });

  test('a preset clicked while the script is still on its way is applied once it arrives', async ({ page }) => {
    const release = await holdIslandScripts(page);
    await page.goto('calculators/ha-cluster/');
    await page.getByRole('button', { name: 'Three zones' }).click();
    await expect(waiting(page)).toHaveCount(1);
    release();
    await expect(waiting(page)).toHaveCount(0);
    await expect(page.getByLabel('Failure zones')).toHaveValue('3');
    await expect(calculatorResult(page, 'ha-cluster', 'zone-loss-survived')).toHaveAttribute('data-value', 'true');
    await expect(page).toHaveURL(/zones=3/);
  });

  test('an address with inputs hydrates at once, with no reader action, and shows its results', async ({ page }) => {
    await page.goto('calculators/ha-cluster/?tolerate=2');
    await expect(waiting(page)).toHaveCount(0);
    await expect(calculatorResult(page, 'ha-cluster', 'etcd-members')).toHaveAttribute('data-value', '5');
  });

  test('inputs the page asks for before hydration (the deck\'s other window) are taken', async ({ page }) => {
    await page.goto('calculators/ha-cluster/');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('k8s-or-die:set-params', { detail: { tolerate: '2' } })));
    await expect(waiting(page)).toHaveCount(0);
    await expect(calculatorResult(page, 'ha-cluster', 'etcd-members')).toHaveAttribute('data-value', '5');
    await expect(page.getByLabel('Machine failures to survive')).toHaveValue('2');
  });

  test('a chart scrolled near hydrates its calculator and is drawn, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('calculators/vm-vs-containers/');
    await page.waitForLoadState('networkidle');
    await expect(waiting(page)).toHaveCount(1);
    await page.locator('[data-drawn-by-script]').first().scrollIntoViewIfNeeded();
    await expect(waiting(page)).toHaveCount(0);
    await expect(page.locator('figure.chart').first()).toHaveAttribute('data-chart-drawn', 'true');
  });

  test('an embed with no inputs in its address takes inputs its host page sends before anyone touched it', async ({ page, baseURL }) => {
    await page.route('**/__host__/', (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Host</title><body><h1>My post</h1>
        <div data-k8s-or-die="ha-cluster"></div><script src="${baseURL}embed.js"></script>
        <script>window.got = []; addEventListener('message', (e) => window.got.push(e.data));</script></body></html>`,
    }));
    await page.goto('__host__/');
    const inner = page.frameLocator('iframe');
    await expect(inner.locator('[data-result="zone-loss-survived"]')).toHaveAttribute('data-value', 'false');
    await expect(inner.locator('astro-island[ssr]')).toHaveCount(1);
    await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'k8s-or-die:set', params: { zones: '3' } }, '*'));
    await expect(inner.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(inner.locator('[data-result="zone-loss-survived"]')).toHaveAttribute('data-value', 'true');
    // The host hears back what the calculator now shows, as after any change.
    await expect.poll(() => page.evaluate(() => (window as unknown as { got: Array<{ type: string; params?: Record<string, string> }> }).got
      .some((m) => m.type === 'k8s-or-die:state' && m.params?.zones === '3' && m.params?.tolerate === '1'))).toBe(true);
  });
});
