import { expect, test } from './support/fixtures.ts';
import { calculatorResult, hydrated } from './support/page-helpers.ts';
import type { Page } from '@playwright/test';

const result = (page: Page, key: string) => calculatorResult(page, 'ha-cluster', key);

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).
test.describe('HA cluster sizer', () => {
  test('shows the default plan, with its sources, and reacts to the talk\'s presets', async ({ page }) => {
    await page.goto('calculators/ha-cluster/');
    await hydrated(page);
    await expect(result(page, 'total-machines')).toHaveAttribute('data-value', '9');
    await expect(result(page, 'etcd-members')).toHaveAttribute('data-value', '3');
    await expect(result(page, 'etcd-quorum')).toHaveAttribute('data-value', '2');
    await expect(result(page, 'pods-per-worker')).toContainText('CPU runs out first');
    await expect(page.getByText('9 machines: 3 control-plane machines with stacked etcd, 6 workers; survives 1 machine failure.')).toBeVisible();
    await page.getByText('Formulas and sources').click();
    await expect(page.getByRole('link', { name: 'etcd v3.6 FAQ' }).first()).toBeVisible();

    await page.getByRole('button', { name: 'One machine (the talk)' }).click();
    await expect(result(page, 'total-machines')).toHaveAttribute('data-value', '1');
    await expect(result(page, 'machine-failures-survived')).toHaveAttribute('data-value', '0');
    await page.getByRole('button', { name: 'Three converged machines (the talk\'s HA)' }).click();
    await expect(result(page, 'total-machines')).toHaveAttribute('data-value', '3');
    await expect(result(page, 'machine-failures-survived')).toHaveAttribute('data-value', '1');
    expect(new URL(page.url()).searchParams.get('topology')).toBe('converged');
  });

  test('starts from the URL and writes every change back without adding history entries', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/ha-cluster/?tolerate=2&zones=3&replicas=40&utm_source=ignored');
    await hydrated(page);
    await expect(page.getByLabel('Machine failures to survive')).toHaveValue('2');
    await expect(result(page, 'etcd-members')).toHaveAttribute('data-value', '5');
    await expect(result(page, 'zone-loss-survived')).toHaveAttribute('data-value', 'true');
    const before = await page.evaluate(() => history.length);
    await page.getByLabel('Pods (replicas)').fill('120');
    await expect(page).toHaveURL(/replicas=120/);
    await page.getByLabel('Failure zones').fill('2');
    await expect(result(page, 'zone-loss-survived')).toHaveAttribute('data-value', 'false');
    await expect(page.getByText('Add a third zone.')).toBeVisible();
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.reload();
    await expect(page.getByLabel('Pods (replicas)')).toHaveValue('120');
    await expect(result(page, 'zone-loss-survived')).toHaveAttribute('data-value', 'false');
  });

  test('bad input gets a message beside its field, keeps the text, and marks the results stale', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/ha-cluster/');
    await hydrated(page);
    const replicas = page.getByLabel('Pods (replicas)');
    await replicas.fill('abc');
    await expect(replicas).toHaveAttribute('aria-invalid', 'true');
    await expect(replicas).toHaveAccessibleDescription(/"abc" is not a number/);
    await expect(page.locator('[data-calculator="ha-cluster"]')).toHaveAttribute('data-stale', 'true');
    await expect(page.getByText(/Out of date: these results are for the last valid inputs/)).toBeVisible();
    await expect(result(page, 'total-machines')).toHaveAttribute('data-value', '9');
    await expect(page).toHaveURL(/replicas=abc/);
    await page.reload();
    await expect(page.getByLabel('Pods (replicas)')).toHaveValue('abc');
    await expect(page.getByLabel('Pods (replicas)')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Pods (replicas)').fill('30');
    await page.getByLabel('CPU request per pod').fill('9');
    await expect(page.getByLabel('CPU request per pod')).toHaveAccessibleDescription(/more CPU than a machine has left/);
    await page.getByLabel('CPU request per pod').fill('-1');
    await expect(page.getByLabel('CPU request per pod')).toHaveAccessibleDescription(/at least 0/);
    await page.getByLabel('CPU request per pod').fill('0.25');
    await expect(page.locator('[data-calculator="ha-cluster"]')).toHaveAttribute('data-stale', 'false');
    await expect(result(page, 'pods-per-worker')).toHaveAttribute('data-value', '14');
  });

  test('converged machines hold pods too, and the plan can be copied as Markdown', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('calculators/ha-cluster/?topology=converged&replicas=12&tolerate=1');
    await hydrated(page);
    await expect(result(page, 'control-plane-machines')).toHaveAttribute('data-value', '3');
    await expect(result(page, 'worker-machines')).toHaveAttribute('data-value', '0');
    await expect(result(page, 'pods-per-converged-machine')).toHaveAttribute('data-value', '6');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('**HA cluster plan**: 3 machines: 3 converged machines');
    expect(copied).toContain('| Machine failures survived | 1 |');
  });

  test('without JavaScript the page still shows the default worked example', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('calculators/ha-cluster/');
    await expect(result(page, 'total-machines')).toHaveAttribute('data-value', '9');
    await expect(page.getByText('This calculator needs JavaScript')).toBeVisible();
    await context.close();
  });

  test('the provider inputs round-trip through the URL: the pods a reservation is sized for, the kubelet\'s capacity, the control-plane reserve', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/ha-cluster/?reserved=eks&reservationPods=58&capacityMemory=15.5&controlPlaneMemory=4096&topology=converged');
    await hydrated(page);
    const form = page.locator('[data-calculator="ha-cluster"]');
    await expect(form.getByLabel(/Pods the reservation is sized for/)).toHaveValue('58');
    await expect(form.getByLabel(/Memory the kubelet reports/)).toHaveValue('15.5');
    await expect(form.getByLabel(/Control-plane memory per converged machine/)).toHaveValue('4096');
    await expect(result(page, 'allocatable-memory')).toContainText('from the 15.50 GiB the kubelet reports');
    // EKS: 11 x 58 + 255 = 893 MiB reserved, 100 MiB eviction, off 15.5 GiB.
    await expect(result(page, 'allocatable-memory')).toHaveAttribute('data-value', String(Math.round(((15.5 * 1024 - 893 - 100) / 1024) * 1000) / 1000));
    await form.getByLabel(/Memory the kubelet reports/).fill('17');
    await expect(form.getByText('The kubelet reports less than the machine\'s nominal memory (16 GiB), never more.')).toBeVisible();
    await expect(page.locator('[data-calculator="ha-cluster"]')).toHaveAttribute('data-stale', 'true');
    await expect(page).toHaveURL(/reservationPods=58&capacityMemory=17&controlPlaneMemory=4096/);
    await form.getByLabel(/Memory the kubelet reports/).fill('');
    await expect(result(page, 'allocatable-memory')).toContainText('from the nominal 16.00 GiB');
  });

  test('with external etcd the sizer says why it keeps fewer API servers than kubeadm\'s 3 + 3', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/ha-cluster/?topology=external');
    await hydrated(page);
    await expect(result(page, 'control-plane-machines')).toHaveAttribute('data-value', '2');
    await expect(page.locator('[data-note="external-etcd-api-servers"]')).toContainText('2 API servers, not 3.');
    await page.locator('[data-calculator="ha-cluster"] [name="tolerate"]').fill('2');
    await expect(page.locator('[data-note="external-etcd-api-servers"]')).toHaveCount(0);
  });
});
