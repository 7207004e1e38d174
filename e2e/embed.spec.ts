import { expect, test } from './support/fixtures.ts';
import { hydrated } from './support/page-helpers.ts';

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

  test('calculator pages advertise a static oEmbed document shaped as WordPress keeps it, sized for a phone', async ({ page, request }) => {
    await page.goto('calculators/ha-cluster/');
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const doc = await (await request.get(new URL(href!).pathname)).json();
    expect(doc).toMatchObject({ version: '1.0', type: 'rich', title: 'HA cluster sizer', width: 300, height: 750 });
    // WordPress keeps a blockquote and a frame only when the HTML starts with the blockquote and has nothing else.
    expect(doc.html).toMatch(/^<blockquote class="wp-embedded-content"><a href="[^"]+\/calculators\/ha-cluster\/">[^<]+<\/a><\/blockquote><iframe [^>]*src="[^"#]+\/embed\/ha-cluster\/"[^>]*><\/iframe>$/);
    expect(doc.html).toContain('width="300" height="750"');
  });

  test('"Embed this calculator" offers the address, an iframe and the script, each saying where it works, the snippets with the inputs set', async ({ page }) => {
    await page.goto('calculators/ha-cluster/?tolerate=2');
    await hydrated(page);
    await page.getByRole('button', { name: 'Embed this calculator' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Embed the HA cluster sizer' });
    await expect(dialog).toBeVisible();
    const code = (name: string) => dialog.getByRole('region', { name: `${name}: code` });
    await expect(code('Paste the address (oEmbed)')).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/(k8s-or-die\/)?calculators\/ha-cluster\/$/);
    await expect(dialog).toContainText('starts from the default inputs');
    await expect(dialog).toContainText('Authors included');
    await expect(code('An iframe')).toContainText(/<iframe src="[^"]+\/embed\/ha-cluster\/\?tolerate=2"/);
    await expect(code('A script that sizes the frame')).toContainText('data-params="tolerate=2"');
    await expect(dialog).toContainText('only Editors and Administrators');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.locator('[data-calculator="ha-cluster"] input[name="zones"]').fill('3');
    await page.getByRole('button', { name: 'Embed this calculator' }).first().click();
    await expect(code('A script that sizes the frame')).toContainText(/data-params="tolerate=2&[^"]*zones=3/);
    await expect(code('Paste the address (oEmbed)')).not.toContainText('?');
  });
});
