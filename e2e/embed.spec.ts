import { expect, test } from './support/fixtures.ts';

test.describe('embedding', () => {
  test('the embed page shows the calculator without chrome, from its URL, with a full-version link carrying the inputs', async ({ page }) => {
    await page.goto('embed/ha-cluster/?tolerate=2&theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('[data-result="etcd-members"]')).toHaveAttribute('data-value', '5');
    const link = page.getByRole('link', { name: 'Open the full version' });
    await link.focus();
    await expect(link).toHaveAttribute('href', /calculators\/ha-cluster\/\?tolerate=2$/);
  });

  test('embed.js on a host page makes a titled lazy iframe that resizes, reports state and accepts set messages', async ({ page, baseURL }) => {
    // A "blog post" on the same server, so the test stays offline.
    await page.route('**/__host__/', (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Host</title><body><h1>My post</h1>
        <div data-k8s-or-die="ha-cluster" data-params="tolerate=1&zones=3"></div>
        <script>window.got = []; addEventListener('message', (e) => window.got.push(e.data));</script>
        <script src="${baseURL}embed.js"></script></body></html>`,
    }));
    await page.goto('__host__/');
    const frame = page.locator('iframe');
    await expect(frame).toHaveAttribute('title', /ha cluster/);
    await expect(frame).toHaveAttribute('loading', 'lazy');
    const inner = page.frameLocator('iframe');
    await expect(inner.locator('[data-result="zone-loss-survived"]')).toHaveAttribute('data-value', 'true');
    await expect.poll(async () => Number(await frame.getAttribute('height'))).not.toBe(900);
    expect(await page.evaluate(() => (window as unknown as { got: Array<{ type: string }> }).got.some((m) => m.type === 'k8s-or-die:resize'))).toBe(true);

    await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'k8s-or-die:set', params: { zones: '2' } }, '*'));
    await expect(inner.locator('[data-result="zone-loss-survived"]')).toHaveAttribute('data-value', 'false');
    await expect.poll(() => page.evaluate(() => (window as unknown as { got: Array<{ type: string; params?: Record<string, string> }> }).got
      .some((m) => m.type === 'k8s-or-die:state' && m.params?.zones === '2'))).toBe(true);
  });

  test('calculator pages advertise a static oEmbed document', async ({ page, request }) => {
    await page.goto('calculators/ha-cluster/');
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const doc = await (await request.get(new URL(href!).pathname)).json();
    expect(doc).toMatchObject({ version: '1.0', type: 'rich', title: 'HA cluster sizer' });
    expect(doc.html).toContain('embed/ha-cluster/');
  });
});
