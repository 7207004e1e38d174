import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { calculatorIds } from '../src/calculator-ids.ts';
import { OUT_DIR } from './support/built-site.ts';
import { calculatorChanges, setField } from './support/calculator-changes.ts';
import { expect, test } from './support/fixtures.ts';
import { hydrated } from './support/page-helpers.ts';
import { specPort } from './support/static-server.ts';
import { unzip } from './support/unzip.ts';

// The portable copy as an organiser gets it: the zip `npm run build` writes, unzipped into a folder whose name
// has spaces and non-ASCII characters, opened from disk (file://) with no server, in Chromium.
// The request guard allows file:// (and nothing else); a failed request fails the test too.
// serve.mjs, the copy's own server for a venue network, answers on specPort(2).
const served = `http://127.0.0.1:${specPort(2)}`;
test.use({ fixtureOrigins: ['file://', served] });

let site: string;
test.beforeAll(() => {
  const into = path.join(mkdtempSync(path.join(tmpdir(), 'k8s-')), 'my guide (copy) é');
  const names = unzip(readFileSync(`${OUT_DIR}-portable.zip`), into);
  expect(names).toContain('k8s-or-die/README.txt');
  site = path.join(into, 'k8s-or-die');
});

const open = (page: Page, rel: string) => page.goto(pathToFileURL(path.join(site, rel)).href);
const failedRequests = (page: Page) => {
  const failed: string[] = [];
  // ERR_ABORTED is a request the page itself dropped by navigating away (a reload), not one that failed.
  page.on('requestfailed', (request) => { if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${request.url()}: ${request.failure()?.errorText}`); });
  page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.url()}: ${response.status()}`); });
  return failed;
};

test('the README tells an organiser how to open it, serve it and what needs a server', () => {
  const readme = readFileSync(path.join(site, 'README.txt'), 'utf8');
  expect(readme).toContain('double-click\nindex.html');
  expect(readme).toContain('python3 -m http.server');
  expect(readme).toContain('What needs a web server');
});

test('from disk, every chapter is reached by clicking from the home page, through links that name index.html', async ({ page }) => {
  const failed = failedRequests(page);
  await open(page, 'index.html');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).click();
  // A click on file:// does not wait for the page it opens: without this the loop below read the home page.
  await expect(page).toHaveURL(/\/guide\/why-kubernetes\/index\.html$/);
  const titles = [await page.locator('h1').textContent()];
  const next = page.getByRole('navigation', { name: 'Previous and next chapter' }).getByRole('link', { name: /^Next/ });
  while (await next.count() > 0) {
    await expect(next).toHaveAttribute('href', /index\.html$/);
    const from = page.url();
    await next.click();
    await page.waitForURL((url) => url.href !== from); // the next page's heading, not this one's
    titles.push(await page.locator('h1').textContent());
  }
  expect(page.url()).toMatch(/^file:\/\/.*my%20guide%20\(copy\)%20%C3%A9\/k8s-or-die\/guide\/references\/index\.html$/);
  expect(titles).toHaveLength(8);
  expect(titles[0]).toBe('Why Kubernetes');
  expect(failed).toEqual([]);
});

for (const id of calculatorIds) {
  test(`from disk, the ${id} calculator computes and keeps its inputs in the address`, async ({ page }) => {
    const failed = failedRequests(page);
    await open(page, `calculators/${id}/index.html`);
    await hydrated(page);
    const { field, value, result } = calculatorChanges[id];
    const shown = page.locator(`[data-calculator="${id}"] [data-result="${result}"]`).first();
    const before = await shown.getAttribute('data-value');
    await setField(page, id, field, value);
    await expect(shown).not.toHaveAttribute('data-value', before!);
    await expect.poll(() => page.url()).toContain(`${field}=${encodeURIComponent(value)}`);
    await page.reload();
    await expect(page.locator(`[data-calculator="${id}"] [name="${field}"]`)).toHaveValue(value);
    expect(failed).toEqual([]);
  });
}

test('from disk, search finds the one chapter that holds a word and opens it; the query stays in ?q=', async ({ page }) => {
  const failed = failedRequests(page);
  // A word that exactly one chapter holds, taken from the shipped index itself.
  const index: Array<{ url: string; title: string; text: string }> = JSON.parse(
    readFileSync(path.join(site, 'search-index.js'), 'utf8').replace(/^window\.__K8S_SEARCH_INDEX__=/, '').replace(/;\s*$/, ''));
  const chapters = index.filter((p) => p.url.startsWith('guide/'));
  const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[a-z]{9,}/g));
  const unique = [...wordsOf(chapters[2].text)].find((w) => index.every((p) => p === chapters[2] || !p.text.toLowerCase().includes(w)))!;
  expect(unique, `a word only "${chapters[2].title}" holds`).toBeTruthy();

  await open(page, 'index.html');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill(unique);
  await expect(page.getByRole('status')).toHaveText('1 page found.');
  await expect.poll(() => page.url()).toContain(`?q=${unique}`);
  await page.locator('[data-local-results] a').click();
  await expect(page.locator('h1')).toHaveText(chapters[2].title);
  expect(failed).toEqual([]);
});

test('from disk, the slides present, and a second window follows the first', async ({ page, context }) => {
  const failed = failedRequests(page);
  await open(page, 'talk/present/index.html');
  const audience = await context.newPage();
  await audience.goto(pathToFileURL(path.join(site, 'talk/present/index.html')).href);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-slide][data-current]')).toHaveAttribute('data-slide', '2');
  await expect(audience.locator('[data-slide][data-current]')).toHaveAttribute('data-slide', '2');
  expect(page.url()).toMatch(/#2$/);
  expect(failed).toEqual([]);
});

test('from disk, the speaker view opens the audience window, and the live calculator on stage follows into it', async ({ page, context }) => {
  const failed = failedRequests(page);
  await page.goto(`${pathToFileURL(path.join(site, 'talk/present/index.html')).href}#7`);
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open the audience window' }).click();
  const audience = await opened;
  expect(audience.url()).toMatch(/^file:.*talk\/present\/index\.html\?view=audience#7$/);
  const tolerate = (p: Page) => p.locator('[data-live="ha-cluster"] [name="tolerate"]');
  await tolerate(page).fill('2');
  await expect(tolerate(audience)).toHaveValue('2');
  await expect(audience.locator('[data-live="ha-cluster"] [data-result="etcd-members"]').first()).toHaveAttribute('data-value', '5');
  await expect(audience.locator('.slide-notes')).toHaveCount(0);
  expect(failed).toEqual([]);
});

test('served to a venue network by its own serve.mjs, it works over http and serves nothing outside its folder', async ({ page, request }) => {
  const server = spawn(process.execPath, ['serve.mjs', String(specPort(2))], { cwd: site });
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('Stop with Ctrl+C')) resolve(); });
      server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    });
    const failed = failedRequests(page);
    await page.goto(`${served}/calculators/ha-cluster/?tolerate=2`);
    await expect(page.locator('[data-calculator="ha-cluster"] [name="tolerate"]')).toHaveValue('2');
    await expect(page.locator('[data-calculator="ha-cluster"] [data-result="etcd-members"]').first()).toHaveAttribute('data-value', '5');
    // No service worker in the copy, and nothing tries to register one.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    // Over http the search page runs Pagefind, whose script it finds through the copy's relative address.
    await page.goto(`${served}/search/?q=quorum`);
    await expect(page.locator('.pagefind-ui__result-link').filter({ hasText: 'Architecture 101' }).first()).toBeVisible();
    expect(failed).toEqual([]);

    expect((await request.get(`${served}/guide/architecture`, { maxRedirects: 0 })).headers().location).toBe('/guide/architecture/');
    expect((await request.get(`${served}/no-such-page/`)).status()).toBe(404);
    for (const escape of ['/..%2f..%2fREADME.txt', '/%2e%2e/%2e%2e/etc/passwd', '/guide/..%2f..%2f..%2fetc/passwd']) {
      expect([400, 404], escape).toContain((await request.get(`${served}${escape}`)).status());
    }
    expect((await request.get(`${served}/README.txt`)).status()).toBe(200);
  } finally {
    server.kill();
  }
});

test('the copy leaves out the link to download itself', () => {
  const host = readFileSync(path.join(site, 'host', 'index.html'), 'utf8');
  expect(host).toContain('Host it at your event');
  expect(host).not.toContain('data-download');
});
