import { expect, test } from './support/fixtures.ts';
import { hydrated } from './support/page-helpers.ts';
import type { Page } from '@playwright/test';

const root = (page: Page) => page.locator('[data-calculator="vm-vs-containers"]');
const result = (page: Page, key: string) => root(page).locator(`[data-result="${key}"]`);

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).
test.describe('VM vs containers comparator', () => {
  test('shows the default comparison with its sources, and the talk\'s levers change it', async ({ page }) => {
    await page.goto('calculators/vm-vs-containers/');
    await hydrated(page);
    const expected = { 'vm-hosts': '7', 'containers-hosts': '4', 'nested-hosts': '5', 'vm-density': '31', 'containers-density': '59',
      'nested-density': '48', 'vm-stranded-cpu': '300', 'vm-rollout-minutes': '4', 'containers-rollout-minutes': '0.333', cheapest: 'containers' };
    for (const [key, value] of Object.entries(expected)) await expect(result(page, key)).toHaveAttribute('data-value', value);
    await expect(result(page, 'vm-overhead-memory')).toHaveAttribute('data-value', '134.75');
    await expect(result(page, 'vm-density')).toContainText('Nova\'s RAM allocation ratio');
    await expect(page.getByLabel('Nova CPU allocation ratio')).toHaveAccessibleDescription(/2023\.1 Antelope.*16\.0/);
    await expect(page.getByRole('link', { name: /Source: Nova 27\.0\.0 \(2023\.1 Antelope\) release notes/ }).first()).toBeVisible();

    await page.getByRole('button', { name: 'Nova before 2023.1 (16.0 / 1.5)' }).click();
    await expect(result(page, 'vm-hosts')).toHaveAttribute('data-value', '5');
    await expect(page).toHaveURL(/cpuRatio=16&ramRatio=1.5/);
    await page.getByRole('button', { name: 'Kata Containers (QEMU)' }).click();
    await expect(result(page, 'containers-density')).toHaveAttribute('data-value', '42');
  });

  test('starts from the URL and writes every change back without adding history entries', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/vm-vs-containers/?flavors=exact&runtime=kata-fc&instances=400&utm_source=ignored');
    await hydrated(page);
    await expect(page.getByLabel('Flavors')).toHaveValue('exact');
    await expect(page.getByLabel('Container runtime')).toHaveValue('kata-fc');
    await expect(result(page, 'vm-density')).toHaveAttribute('data-value', '48');
    await expect(result(page, 'vm-stranded-memory')).toHaveAttribute('data-value', '0');
    await expect(result(page, 'containers-density')).toHaveAttribute('data-value', '42');
    const before = await page.evaluate(() => history.length);
    await page.getByLabel('Flavors').fill('2x4096,4x8192');
    await expect(page).toHaveURL(/flavors=2x4096%2C4x8192/);
    await expect(result(page, 'vm-density')).toHaveAttribute('data-value', '31');
    await page.getByLabel('Worker VMs per host').fill('2');
    await expect(page).toHaveURL(/workersPerHost=2/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Worker VMs per host')).toHaveValue('2');
    await expect(page.getByLabel('Flavors')).toHaveValue('2x4096,4x8192');
  });

  test('bad input gets a message beside its field, keeps the text, and marks the results stale', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/vm-vs-containers/');
    await hydrated(page);
    const flavors = page.getByLabel('Flavors');
    await flavors.fill('m1.large');
    await expect(flavors).toHaveAttribute('aria-invalid', 'true');
    await expect(flavors).toHaveAccessibleDescription(/"m1\.large" is not a valid id; use ids like m1, exact or 4x8192/);
    await expect(root(page)).toHaveAttribute('data-stale', 'true');
    await expect(page.getByText(/Out of date: these results are for the last valid inputs/)).toBeVisible();
    await expect(result(page, 'vm-hosts')).toHaveAttribute('data-value', '7');
    await flavors.fill('1x512');
    await expect(flavors).toHaveAccessibleDescription(/No listed flavor holds one instance/);
    await expect(page).toHaveURL(/flavors=1x512/);
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Flavors')).toHaveValue('1x512');
    await expect(page.getByLabel('Flavors')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Flavors').fill('m1');
    await page.getByLabel('Instances of the service').fill('-3');
    await expect(page.getByLabel('Instances of the service')).toHaveAccessibleDescription(/at least 1/);
    await page.getByLabel('Instances of the service').fill('400');
    await expect(root(page)).toHaveAttribute('data-stale', 'false');
    await expect(result(page, 'vm-hosts')).toHaveAttribute('data-value', '13');
  });

  test('the charts load when scrolled to, always have a table, and redraw in the other theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto('calculators/vm-vs-containers/');
    await hydrated(page);
    const hostsTable = page.getByRole('table', { name: 'Hosts needed (hosts)' });
    await expect(hostsTable.getByRole('row', { name: /Hosts 7 4 5/ })).toBeAttached();
    const memory = page.getByRole('table', { name: /Where the memory goes/ });
    await expect(memory.getByRole('columnheader', { name: 'Containers in VMs' })).toBeAttached();
    await expect(memory.getByRole('row', { name: /The workload 400\.0 400\.0 400\.0/ })).toBeAttached();

    const figure = page.locator('figure.chart').filter({ has: page.getByRole('img', { name: /Where the memory goes/ }) });
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-chart-drawn', 'true');
    const canvas = figure.locator('canvas');
    expect((await canvas.boundingBox())!.height).toBeGreaterThan(100);
    const light = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(light);

    await page.getByRole('button', { name: 'Flavors made to measure' }).click();
    await expect(hostsTable.getByRole('row', { name: /Hosts 5 4 5/ })).toBeAttached();
  });

  test('the verdict follows the numbers, and the qualities link to the guide', async ({ page }) => {
    await page.goto('calculators/vm-vs-containers/');
    await hydrated(page);
    const verdict = result(page, 'verdict');
    const why = page.locator('[data-calculator="vm-vs-containers"] .vmc-details');
    await expect(verdict).toContainText(/^Containers on bare metal need the fewest hosts: 4 hosts, against 7 hosts as VMs/);
    await expect(why).toContainText('rounded up to m1.medium');
    await expect(verdict).toHaveAttribute('data-value', /rounded up to m1\.medium/);
    await page.getByRole('button', { name: 'Many small services' }).click();
    await expect(verdict).toContainText(/^Containers in VMs need the fewest hosts/);
    await expect(why).toContainText('own max-pods limit');
    await expect(result(page, 'cheapest')).toHaveAttribute('data-value', 'nested');
    await page.goto('calculators/vm-vs-containers/');
    await hydrated(page);
    await page.getByRole('button', { name: 'No overheads at all' }).click();
    await expect(verdict).toContainText('tie at');
    for (const key of ['vm-overhead-memory', 'containers-overhead-memory', 'nested-overhead-memory']) {
      await expect(result(page, key)).toHaveAttribute('data-value', '0');
    }

    const qualities = page.getByRole('table', { name: /Qualities of VMs on OpenStack/ });
    await expect(qualities.getByRole('row')).toHaveCount(9);
    await expect(qualities.getByRole('link', { name: 'State and storage' })).toHaveAttribute('href', /guide\/stateful-stateless\/#containers-or-virtual-machines-for-this-workload$/);
    await qualities.getByRole('link', { name: 'Tooling maturity' }).click();
    await expect(page).toHaveURL(/guide\/toolbox\/#then-and-now$/);
  });

  test('the why-Kubernetes and stateful chapters embed it where they weigh the trade-off', async ({ page }) => {
    for (const [slug, heading] of [['why-kubernetes', 'Containers or virtual machines'], ['stateful-stateless', 'Containers or virtual machines for this workload']]) {
      await page.goto(`guide/${slug}/`);
      const section = page.locator(`h2:text-is("${heading}") ~ .calculator-mount`).first();
      await section.locator('[data-calculator] input').first().hover();
      // Other calculators in the chapter hydrate only when a reader is about to use them: wait for this one alone.
      await expect(page.locator('astro-island[ssr]:has([data-calculator="vm-vs-containers"])')).toHaveCount(0);
      await expect(section.locator('[data-result="vm-hosts"]')).toHaveAttribute('data-value', '7');
      await expect(page.locator('.where-next').getByRole('link', { name: 'VM vs containers comparator' }).first()).toBeAttached();
    }
  });

  test('without JavaScript the page still shows the default worked example and its tables', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('calculators/vm-vs-containers/');
    await expect(result(page, 'cheapest')).toHaveAttribute('data-value', 'containers');
    await expect(page.getByText('This calculator needs JavaScript')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hosts needed (hosts)' })).toBeVisible();
    await context.close();
  });
});
