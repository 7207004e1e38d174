import { expect, test } from './support/fixtures.ts';
import { hydrated } from './support/page-helpers.ts';
import type { Page } from '@playwright/test';

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).

/** The cards a reader sees: filtered-out ones stay in the page, hidden. */
const cards = (page: Page) => page.locator('.tool-list [data-tool]:visible');
const count = (page: Page) => page.getByRole('status').filter({ hasText: /tools? shown/ });

test.describe('tooling directory', () => {
  test('every tool has an anchor, data-tool, data-status and an external home link without tracking parameters', async ({ page, baseURL }) => {
    await page.goto('tools/');
    await hydrated(page);
    const n = await cards(page).count();
    expect(n).toBeGreaterThanOrEqual(25);
    await expect(count(page)).toHaveText(`${n} tools shown`);
    for (const card of await cards(page).all()) {
      const slug = await card.getAttribute('data-tool');
      await expect(card).toHaveAttribute('id', slug!);
      await expect(card).toHaveAttribute('data-status', /^(active|renamed|deprecated|removed|archived|retired)$/);
      const home = new URL((await card.locator('a[data-home]').getAttribute('href'))!);
      expect(home.protocol).toBe('https:');
      expect(home.origin).not.toBe(new URL(baseURL!).origin);
      expect(home.search, `${slug} home page`).toBe('');
      await expect(card.locator('a[data-home]')).not.toHaveAttribute('target', /.+/);
    }
    await expect(page.locator('[data-tool="kargo"]')).toHaveAttribute('data-status', 'renamed');
    await expect(page.locator('[data-tool="rkt"]')).toHaveAttribute('data-status', 'archived');
  });

  test('filters by status, category, pattern and name, through the controls, with a live count and the URL kept in step', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('tools/');
    await hydrated(page);
    await page.getByLabel('Status now').selectOption('archived');
    await expect(page).toHaveURL(/status=archived/);
    await expect(count(page)).toHaveText('2 tools shown');
    await expect(cards(page)).toHaveCount(2);
    for (const card of await cards(page).all()) await expect(card).toHaveAttribute('data-status', 'archived');

    await page.getByRole('button', { name: 'Show all tools' }).click();
    await page.getByLabel('Category').selectOption('container-runtime');
    await expect(page.locator('[data-tool="cri-o"]')).toBeVisible();
    await expect(page.locator('[data-tool="heat"]')).toBeHidden();
    await page.getByLabel('Pattern').selectOption('tenant-clusters');
    await expect(page.locator('[data-tool="kata-containers"]')).toBeVisible();
    await expect(count(page)).toHaveText('1 tool shown');

    await page.getByRole('button', { name: 'Show all tools' }).click();
    const search = page.getByLabel('Search by name');
    await search.focus();
    await page.keyboard.type('spray');
    await expect(page).toHaveURL(/q=spray/);
    await expect(cards(page)).toHaveCount(1);
    await expect(page.locator('[data-tool="kubespray"]')).toBeVisible();
  });

  test('starts from ?status=archived and ?q= in the URL', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('tools/?status=archived');
    await hydrated(page);
    await expect(page.getByLabel('Status now')).toHaveValue('archived');
    await expect(cards(page)).toHaveCount(2);
    await expect(page.locator('[data-tool="weave-net"]')).toBeVisible();
    await page.goto('tools/?q=magnum');
    await hydrated(page);
    await expect(page.getByLabel('Search by name')).toHaveValue('magnum');
    await expect(cards(page)).toHaveCount(4);
  });

  test('a bad filter value is a field error with its text kept, and the list stays as it was', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('tools/?status=gone&q=' + 'x'.repeat(70));
    await hydrated(page);
    await expect(page.getByLabel('Status now')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Status now')).toHaveAccessibleDescription(/Choose one of: Any status/);
    await expect(page.getByLabel('Search by name')).toHaveValue('x'.repeat(70));
    await expect(page.getByLabel('Search by name')).toHaveAccessibleDescription(/at most 60 characters/);
    await expect(page.locator('.tool-directory')).toHaveAttribute('data-stale', 'true');
    expect(await cards(page).count()).toBeGreaterThanOrEqual(25);
  });

  test('then and now: the talk\'s toolbox, runtimes and network plugins, with successors', async ({ page }) => {
    await page.goto('tools/');
    const table = page.locator('.then-and-now');
    await expect(table.getByRole('heading', { name: 'Then and now' })).toBeVisible();
    for (const slug of ['heat', 'juju', 'kubeadm', 'kargo', 'docker', 'rkt', 'ocid', 'flannel', 'calico', 'weave-net']) {
      await expect(table.locator(`[data-then-now="${slug}"]`)).toBeVisible();
    }
    const kargo = table.locator('[data-then-now="kargo"]');
    await expect(kargo).toContainText('Renamed');
    await kargo.getByRole('link', { name: 'Kubespray', exact: true }).click();
    await expect(page).toHaveURL(/tools\/#kubespray$/);
    await expect(page.locator('#kubespray')).toBeInViewport();
  });

  test('without JavaScript every tool is listed', { tag: '@root-only' }, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('tools/?status=archived');
    expect(await cards(page).count()).toBeGreaterThanOrEqual(25);
    await context.close();
  });

  test('the toolbox chapter and the main navigation link to the directory', async ({ page }) => {
    await page.goto('guide/toolbox/');
    await expect(page.getByRole('link', { name: 'tooling directory' })).toHaveAttribute('href', /tools\/$/);
    await page.getByRole('link', { name: 'the archived ones' }).click();
    await expect(page).toHaveURL(/tools\/\?status=archived$/);
    await hydrated(page);
    await expect(cards(page)).toHaveCount(2);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tools' })).toHaveAttribute('aria-current', 'page');
  });
});
