import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeServiceWorker } from '../scripts/build/service-worker.ts';
import { calculatorIds } from '../src/calculator-ids.ts';
import { BASE, OUT_DIR } from './support/built-site.ts';
import { calculatorChanges } from './support/calculator-changes.ts';
import { expect, test } from './support/fixtures.ts';
import { hydrated } from './support/page-helpers.ts';
import { specPort, serveFolder, type StaticServer } from './support/static-server.ts';

// Runs in the "offline" project (playwright.config.ts): service workers allowed, and each test on a server of its
// own, which it stops to take the network away (a service worker answers requests Playwright's routing never sees,
// and context.setOffline does not stop it).

/** Waits until the page's service worker is active, that is until it has precached the whole site. */
const workerReady = (page: Page) => page.evaluate(async () => { await navigator.serviceWorker.ready; });

const sitemapPaths = () => [...readFileSync(path.join(OUT_DIR, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
  .map(([, url]) => new URL(url).pathname);

// One test at a time, in order: each starts and stops servers on fixed ports.
test.describe.configure({ mode: 'default' });

test.describe('offline after one visit', () => {
  let server: StaticServer;
  test.beforeEach(async () => { server = await serveFolder(OUT_DIR, BASE, specPort()); });
  test.afterEach(() => server.close());

  test('with the server gone, every page in the sitemap loads, calculators compute from their address and on the slides, and search finds a chapter', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('');
    await workerReady(page);
    await server.close();

    const paths = sitemapPaths();
    expect(paths).toEqual(expect.arrayContaining([BASE, `${BASE}guide/architecture/`, `${BASE}calculators/ha-cluster/`, `${BASE}print/`]));
    for (const pathname of paths) {
      const response = await page.goto(`${server.origin}${pathname}`);
      expect(response?.status(), pathname).toBe(200);
      expect(response?.fromServiceWorker(), `${pathname} comes from the service worker`).toBe(true);
      await expect(page.locator('h1'), pathname).toHaveCount(1);
    }

    for (const id of calculatorIds) {
      const { field, value, result } = calculatorChanges[id];
      await page.goto(`calculators/${id}/`);
      const shown = page.locator(`[data-calculator="${id}"] [data-result="${result}"]`).first();
      const before = await shown.getAttribute('data-value');
      await page.goto(`calculators/${id}/?${field}=${encodeURIComponent(value)}`);
      await expect(page.locator(`[data-calculator="${id}"] [name="${field}"]`)).toHaveValue(value);
      await expect(shown, `${id} computes from its address offline`).not.toHaveAttribute('data-value', before!);
    }

    await page.goto('talk/present/#7');
    await page.locator('[data-live="ha-cluster"] [name="tolerate"]').fill('2');
    await expect(page.locator('[data-live="ha-cluster"] [data-result="etcd-members"]').first(), 'the slides\' live calculator works offline').toHaveAttribute('data-value', '5');

    await page.goto('search/?q=quorum');
    await expect(page.locator('.pagefind-ui__result-link').filter({ hasText: 'Architecture 101' }).first()).toBeVisible();
  });

  test('the site can be installed: every page links a manifest with icons, a start URL and the scope of the base path', async ({ page, request }) => {
    await page.goto('guide/architecture/');
    const manifestUrl = new URL((await page.locator('link[rel="manifest"]').getAttribute('href'))!, page.url()).href;
    const manifest = await (await request.get(manifestUrl)).json();
    expect(manifest).toMatchObject({ name: expect.stringContaining('K8s or Die'), display: 'standalone' });
    // Relative to the manifest's own address, as browsers resolve them.
    expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(BASE);
    expect(new URL(manifest.scope, manifestUrl).pathname).toBe(BASE);
    for (const icon of manifest.icons) expect((await request.get(new URL(icon.src, manifestUrl).href)).status()).toBe(200);
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
    const registration = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(registration).pathname).toBe(BASE);
  });

  test('an embed never registers the service worker', async ({ page }) => {
    await page.goto('embed/ha-cluster/');
    await hydrated(page);
    await page.waitForTimeout(500);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  });
});

test.describe('a new version', () => {
  // A copy of the build of our own, changed and rebuilt while a reader has it open.
  const port = specPort(1);
  test.use({ baseURL: `http://127.0.0.1:${port}${BASE}` });
  let server: StaticServer;
  let copy: string;
  test.beforeEach(async () => {
    copy = path.join(mkdtempSync(path.join(tmpdir(), 'k8s-sw-')), 'site');
    cpSync(OUT_DIR, copy, { recursive: true });
    server = await serveFolder(copy, BASE, port);
  });
  test.afterEach(() => server.close());

  test('is offered when the reader next opens a page, and nothing reloads until the reader accepts', async ({ page }) => {
    await page.goto('');
    await workerReady(page);

    // The rebuild: a chapter changes, and the service worker is generated again from the new files.
    const file = path.join(copy, 'guide', 'architecture', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' (second edition)</h1>'));
    await writeServiceWorker(copy);

    // Opening a page finds the new version; the worker in charge still serves the old one meanwhile.
    await page.goto('guide/architecture/');
    await page.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of this guide is available.' });
    await expect(prompt).toBeVisible();
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await expect(page.locator('h1')).toHaveText('Architecture 101');

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('h1')).toHaveText('Architecture 101 (second edition)');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined();
  });

  test('"Not now" puts the offer away and leaves the page as it is', async ({ page }) => {
    await page.goto('');
    await workerReady(page);
    const file = path.join(copy, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' again</h1>'));
    await writeServiceWorker(copy);
    await page.goto('');
    const prompt = page.getByRole('status').filter({ hasText: 'A new version' });
    await prompt.getByRole('button', { name: 'Not now' }).click();
    await expect(prompt).toHaveCount(0);
    await expect(page.locator('h1')).not.toContainText('again');
  });
});
