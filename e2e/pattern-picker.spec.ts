import { expect, test } from './support/fixtures.ts';
import { hydrated } from './support/page-helpers.ts';
import type { Page } from '@playwright/test';

const picker = (page: Page) => page.locator('[data-calculator="pattern-picker"]');
const patterns = (page: Page) => picker(page).locator('[data-result="patterns"]');

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).
test.describe('pattern picker', () => {
  test('the default estate fits tenant clusters, shown with the chapter\'s diagram, trade-offs and tools', async ({ page }) => {
    await page.goto('calculators/pattern-picker/');
    await hydrated(page);
    await expect(patterns(page)).toHaveAttribute('data-value', 'tenant-clusters');
    const card = picker(page).locator('[data-pattern-card="tenant-clusters"]');
    await expect(card.getByRole('img', { name: /Pattern 1: tenants run their own Kubernetes clusters/ })).toBeVisible();
    await expect(card.locator('[data-reason="tenant-openstack"]')).toContainText('You already run OpenStack');
    await expect(card.getByRole('heading', { name: 'Trade-offs' })).toBeVisible();
    await expect(card.getByRole('link', { name: 'Cluster API Provider OpenStack (CAPO)' })).toHaveAttribute('href', /tools\/#capo$/);
    await expect(card.getByRole('link', { name: /Tenant clusters on OpenStack/ })).toHaveAttribute('href', /guide\/openstack-patterns\/#tenant-clusters$/);
  });

  test('answering the questions reorders the fits and swaps in each pattern\'s diagram', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/pattern-picker/');
    await hydrated(page);
    await page.getByLabel('Spare bare-metal servers').selectOption('yes');
    await page.getByLabel('Tenants want Kubernetes clusters of their own').selectOption('no');
    await expect(patterns(page)).toHaveAttribute('data-value', 'beside-openstack,tenant-clusters');
    await expect(page).toHaveURL(/spareMetal=yes/);
    await page.getByLabel('An OpenStack cloud in production').selectOption('no');
    await page.getByLabel('GPU demand').selectOption('heavy');
    await expect(patterns(page)).toHaveAttribute('data-value', 'bare-metal-gpu');
    const gpu = picker(page).locator('[data-pattern-card="bare-metal-gpu"]');
    await expect(gpu.getByRole('img', { name: /Pattern 3: Kubernetes on bare metal with GPUs/ })).toBeVisible();
    await expect(gpu.getByRole('link', { name: 'NVIDIA device plugin' })).toBeVisible();
    await gpu.getByRole('link', { name: /Every tool for this pattern/ }).click();
    await expect(page).toHaveURL(/tools\/\?pattern=bare-metal-gpu$/);
    await hydrated(page);
    await expect(page.locator('[data-tool="nvidia-device-plugin"]')).toBeVisible();
    await expect(page.locator('[data-tool="heat"]')).toBeHidden();
  });

  test('the talk\'s fourth pattern from the URL, and nothing at all for an estate with nothing to build on', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/pattern-picker/?containerizeOpenstack=yes&kubernetesOps=yes&spareMetal=yes');
    await hydrated(page);
    await expect(patterns(page)).toHaveAttribute('data-value', 'openstack-on-kubernetes,tenant-clusters,beside-openstack');
    await expect(picker(page).getByRole('img', { name: /Pattern 4: the OpenStack control plane containerized/ })).toBeVisible();
    await page.goto('calculators/pattern-picker/?openstack=no&tenantClusters=no');
    await hydrated(page);
    await expect(patterns(page)).toHaveAttribute('data-value', '');
    await expect(picker(page).getByText('None of the talk\'s patterns fits')).toBeVisible();
  });

  test('a bad answer in the URL is a field error, and the result is marked stale', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/pattern-picker/?gpu=lots');
    await hydrated(page);
    await expect(page.getByLabel('GPU demand')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('GPU demand')).toHaveAccessibleDescription(/Choose one of: None, Some/);
    await expect(picker(page)).toHaveAttribute('data-stale', 'true');
    await expect(page).toHaveURL(/gpu=lots/);
  });

  test('the patterns chapter links to the picker', async ({ page }) => {
    await page.goto('guide/openstack-patterns/');
    await expect(page.getByRole('link', { name: 'OpenStack pattern picker' })).toHaveAttribute('href', /calculators\/pattern-picker\/$/);
  });
});
