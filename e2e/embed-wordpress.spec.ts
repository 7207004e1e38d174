import type { FrameLocator, Page } from '@playwright/test';
import { calculatorIds, type CalculatorId } from '../src/calculator-ids.ts';
import { expect, test as base } from './support/fixtures.ts';
import { asWordPressFilters, blogPost, startBlog, type Blog } from './support/wordpress-host.ts';
import { calculatorChanges, setField } from './support/calculator-changes.ts';
import { hydrated } from './support/page-helpers.ts';

// The blog runs on its own origin for the whole worker; the request guard lets its requests through.
const test = base.extend<{ post: (id: CalculatorId) => Promise<FrameLocator> }, { blog: Blog }>({
  blog: [async ({}, use) => { const blog = await startBlog(); await use(blog); await blog.close(); }, { scope: 'worker' }],
  fixtureOrigins: async ({ blog }, use) => use([blog.origin]),
  post: async ({ page, baseURL, blog }, use) => use((id) => openPost(page, baseURL!, blog, id)),
});

// Every calculator pasted into a WordPress post as a URL: WordPress's exact frame markup (sandbox="allow-scripts",
// hidden behind a blockquote until the frame speaks) at our oEmbed size, on another origin, on a 390 px phone.
const PHONE = { width: 390, height: 844 };

/** Opens a blog post on another origin that embeds `id` as WordPress would, from the calculator page's oEmbed document. */
async function openPost(page: Page, baseURL: string, blog: Blog, id: CalculatorId): Promise<FrameLocator> {
  const oembed = await (await page.request.get(`${baseURL}calculators/${id}/oembed.json`)).json();
  await page.setViewportSize(PHONE);
  await page.goto(blog.publish(`/${id}/`, blogPost(asWordPressFilters(oembed.html))));
  return page.frameLocator('iframe.wp-embedded-content');
}

for (const id of calculatorIds) {
  test(`${id}, pasted into a WordPress post, computes in the sandbox, shows its result unscrolled, fits a phone and reaches the full version`, async ({ page, baseURL, post }) => {
    const frame = await post(id);
    const iframe = page.locator('iframe.wp-embedded-content');

    // WordPress reveals the frame on its first message, sent as soon as the embed's page script runs, and sizes it
    // within 200..1000 px; the calculator hydrates when a reader is about to use it.
    await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
    await expect(iframe).not.toHaveAttribute('style', /.*/);
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(1000);
    await expect(frame.locator('astro-island[ssr]')).toHaveCount(1);
    await expect(frame.locator('script[type="module"]')).toHaveCount(0);

    // The headline result sits in the frame as it first appears, with nothing scrolled.
    const headline = frame.locator('[data-headline] [data-result]').first();
    const frameBox = (await iframe.boundingBox())!;
    const resultBox = (await headline.boundingBox())!;
    expect(resultBox.y + resultBox.height, 'result inside the frame without scrolling').toBeLessThanOrEqual(frameBox.y + frameBox.height);
    expect(resultBox.height).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width').toBeLessThanOrEqual(PHONE.width);

    // An input changes the result, and the address keeps WordPress's secret.
    const { field, value, result } = calculatorChanges[id];
    const shown = frame.locator(`[data-calculator="${id}"] [data-result="${result}"]`).first();
    const before = await shown.getAttribute('data-value');
    await setField(frame, id, field, value);
    await expect(shown).not.toHaveAttribute('data-value', before!);
    await expect.poll(() => page.frames()[1].url()).toMatch(new RegExp(`[?&]${field}=${encodeURIComponent(value)}.*#\\?secret=H3PqrSCYYZ$`));

    // The sandbox blocks leaving the frame; the link shows its address, and WordPress opens it on request.
    await expect(frame.locator('[data-full-address]')).toContainText(`calculators/${id}/?`);
    await frame.getByRole('link', { name: 'Open the full version' }).click();
    await page.waitForURL(new RegExp(`^${baseURL}calculators/${id}/\\?.*${field}=${encodeURIComponent(value)}`));
    await expect(page.locator(`[data-calculator="${id}"] [name="${field}"]`)).toHaveValue(value);
  });
}

test('an embed takes inputs only from the page that frames it, not from another frame on that page', async ({ page, post }) => {
  const frame = await post('ha-cluster');
  const tolerate = frame.locator('[name="tolerate"]');
  const fromAnotherFrame = () => page.evaluate(() => {
    const other = document.createElement('iframe');
    other.srcdoc = '<script>parent.frames[0].postMessage({ type: "k8s-or-die:set", params: { tolerate: "3" } }, "*")</script>';
    document.body.append(other);
  });
  // Before the calculator hydrates (its directive listens then) and after (the calculator itself does).
  await fromAnotherFrame();
  await page.waitForTimeout(500);
  await expect(frame.locator('astro-island[ssr]')).toHaveCount(1);
  await hydrated(frame);
  await fromAnotherFrame();
  await page.waitForTimeout(500);
  await expect(tolerate).toHaveValue('1');
  // The same message from the framing page itself is applied, so the check above could have failed.
  await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.wp-embedded-content')!.contentWindow!.postMessage({ type: 'k8s-or-die:set', params: { tolerate: '3' } }, '*'));
  await expect(tolerate).toHaveValue('3');
});
