import { expect, test } from './support/fixtures.ts';
import { calculatorResult, hydrated } from './support/page-helpers.ts';
import type { Page } from '@playwright/test';

const result = (page: Page, key: string) => calculatorResult(page, 'failure-simulator', key);

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).
test.describe('failure simulator', () => {
  test('failing a machine by keyboard stops its pods; leadership moves after the lease; pods return after eviction', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/failure-simulator/?topology=converged&controlPlanes=3&etcd=0&workers=0&zones=3&replicas=12');
    await hydrated(page);
    await expect(result(page, 'pods-running')).toHaveAttribute('data-value', '12');
    const cp1 = page.getByRole('button', { name: /^cp-1\b.*control plane with etcd/ });
    await cp1.focus();
    await page.keyboard.press('Enter');
    await expect(cp1).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/down=cp-1/);
    await expect(result(page, 'etcd-quorum')).toHaveAttribute('data-value', 'held');
    await expect(result(page, 'api-available')).toHaveAttribute('data-value', 'true');
    await expect(result(page, 'scheduler-leader')).toHaveAttribute('data-value', 'none');
    await expect(result(page, 'pods-running')).toHaveAttribute('data-value', '8');

    await page.getByRole('button', { name: '17 s', exact: true }).click();
    await expect(result(page, 'scheduler-leader')).toHaveAttribute('data-value', 'cp-2');
    await expect(result(page, 'controller-manager-leader')).toHaveAttribute('data-value', 'cp-2');
    await expect(page.getByText(/cp-1's leases expired, and cp-2 now leads/)).toBeVisible();

    const slider = page.getByRole('slider', { name: /Time since the fault/ });
    await slider.focus();
    await slider.fill('349');
    await expect(result(page, 'pods-running')).toHaveAttribute('data-value', '8');
    await page.keyboard.press('ArrowRight');
    await expect(result(page, 'pods-running')).toHaveAttribute('data-value', '12');
    await expect(page).toHaveURL(/at=350/);

    await cp1.click();
    await expect(cp1).toHaveAttribute('aria-pressed', 'false');
    await expect(result(page, 'scheduler-leader')).toHaveAttribute('data-value', 'cp-1');
  });

  test('losing two of three etcd members takes the API down but running pods keep serving', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/failure-simulator/');
    await hydrated(page);
    await page.getByRole('button', { name: 'Lose two of three control-plane machines' }).click();
    await page.getByRole('slider', { name: /Time since the fault/ }).fill('600');
    await expect(result(page, 'etcd-quorum')).toHaveAttribute('data-value', 'lost');
    await expect(result(page, 'api-available')).toHaveAttribute('data-value', 'false');
    await expect(result(page, 'can-schedule')).toHaveAttribute('data-value', 'false');
    await expect(result(page, 'pods-running')).toHaveAttribute('data-value', '12');
    await expect(page.locator('.sim-notes').getByText(/pods already running on surviving machines keep serving/)).toBeVisible();
  });

  test('a zone can be failed and split off whole; a split keeps quorum on the majority side', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/failure-simulator/?zones=2&workers=4&replicas=20');
    await hydrated(page);
    await page.getByRole('button', { name: 'Split off zone 2' }).click();
    await expect(page.getByLabel('Cut off by a network split')).toHaveValue('cp-2,worker-1,worker-3');
    await expect(result(page, 'etcd-quorum')).toHaveAttribute('data-value', 'held');
    await expect(result(page, 'api-available')).toHaveAttribute('data-value', 'true');
    await page.getByRole('button', { name: 'Fail zone 1' }).click();
    await expect(result(page, 'etcd-quorum')).toHaveAttribute('data-value', 'lost');
    await page.getByRole('button', { name: 'Clear all faults' }).click();
    await expect(result(page, 'etcd-quorum')).toHaveAttribute('data-value', 'held');
    await expect(page.getByLabel('Failed machines')).toHaveValue('');
  });

  test('an unknown machine id is an error beside the field, with the text kept', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/failure-simulator/?down=worker-9');
    await hydrated(page);
    const field = page.getByLabel('Failed machines');
    await expect(field).toHaveValue('worker-9');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/worker-9 is not in this layout/);
    await expect(page.locator('[data-calculator="failure-simulator"]')).toHaveAttribute('data-stale', 'true');
  });

  test('the HA sizer hands its plan to the simulator', async ({ page }) => {
    await page.goto('calculators/ha-cluster/?zones=3');
    await hydrated(page);
    await page.getByRole('link', { name: 'Simulate failures in this plan' }).click();
    await expect(page).toHaveURL(/failure-simulator\/\?topology=stacked&controlPlanes=3&etcd=0&workers=8&zones=3&replicas=30&podsPerMachine=7/);
    await expect(result(page, 'pods-running')).toHaveAttribute('data-value', '30');
    await page.getByRole('button', { name: 'Fail zone 1' }).click();
    // Zone 1 holds cp-1 and three workers, tainted one per 10 s from 50 s; the last pods leave at 380 s.
    await page.getByRole('button', { name: '380 s', exact: true }).click();
    await expect(result(page, 'pods-running')).toHaveAttribute('data-value', '30');
    await expect(result(page, 'pods-pending')).toHaveAttribute('data-value', '0');
  });

  test('stepping through the timeline by keyboard keeps focus on a timeline button; the reached step is the current one', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/failure-simulator/?down=cp-1,worker-1');
    await hydrated(page);
    const step = page.getByRole('button', { name: 'Step to 17 s' });
    await step.focus();
    // Leader failover, NotReady and the zone's first taint, its second taint 10 s later, the eviction 300 s after that.
    for (const to of ['17', '50', '60', '360']) {
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`at=${to}\\b`));
    }
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.tagName, inTimeline: el?.closest('.timeline') !== null, text: el?.textContent };
    });
    expect(focused).toEqual({ tag: 'BUTTON', inTimeline: true, text: 'Back to 0 s' });
    await expect(page.getByRole('button', { name: '360 s', exact: true })).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('.timeline-events [aria-current]')).toHaveCount(1);
    await expect(page.locator('.timeline-events [aria-pressed]')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/at=0\b/);
    await expect(page.getByRole('button', { name: 'Step to 17 s' })).toBeFocused();
    await expect(page.getByRole('button', { name: '0 s', exact: true })).toHaveAttribute('aria-current', 'step');
  });

  test('one short status announces the state only when it changes; the notes are not a live region', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/failure-simulator/?topology=converged&controlPlanes=3&etcd=0&workers=0&zones=3&replicas=12&down=cp-1&at=100');
    await hydrated(page);
    const status = page.locator('[data-calculator="failure-simulator"] .sim-status[role="status"]');
    await expect(status).toHaveText('etcd quorum held, API available, cp-2 leads, 8 of 12 pods running.');
    await expect(page.locator('.sim-notes')).not.toHaveAttribute('aria-live', /.*/);
    const slider = page.getByRole('slider', { name: /Time since the fault/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.sim-notes')).toContainText('now: 101 s');
    await expect(status).toHaveText('etcd quorum held, API available, cp-2 leads, 8 of 12 pods running.');
    await page.getByRole('button', { name: '350 s', exact: true }).click();
    await expect(status).toHaveText('etcd quorum held, API available, cp-2 leads, 12 of 12 pods running.');
  });

  test('pressing a machine keeps everything typed in the field, even ids that are not valid yet', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/failure-simulator/');
    await hydrated(page);
    const field = page.getByLabel('Failed machines');
    await field.fill('cp-2, worker-9');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const cp2 = page.getByRole('button', { name: /^cp-2\b/ });
    await expect(cp2).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: /^cp-1\b/ }).click();
    await expect(field).toHaveValue('cp-2,worker-9,cp-1');
    await cp2.click();
    await expect(field).toHaveValue('worker-9,cp-1');
    await expect(field).toHaveAccessibleDescription(/worker-9 is not in this layout/);
  });

  test('while a layout field is invalid, the machine and zone buttons are disabled and say why', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/failure-simulator/');
    await hydrated(page);
    const workers = page.getByLabel(/^Workers/);
    await workers.fill('4x');
    const board = page.locator('.machine-board');
    await expect(board.getByText(/Fix the layout fields marked ⚠ to fail or restore machines here/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^cp-1\b/ })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Fail zone 1' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Split off zone 1' })).toBeDisabled();
    await workers.fill('4');
    await expect(page.getByRole('button', { name: /^worker-4\b/ })).toBeEnabled();
    await page.getByRole('button', { name: 'Fail zone 1' }).click();
    await expect(page.getByLabel('Failed machines')).toHaveValue(/worker-4/);
  });

  test('a StatefulSet from the URL: its pods on a lost machine are stuck after eviction, until the out-of-service taint lets them start elsewhere', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/failure-simulator/?workload=statefulset&down=worker-1&at=400');
    await hydrated(page);
    await expect(page.getByLabel('Workload')).toHaveValue('statefulset');
    await expect(result(page, 'pods-stuck')).toHaveAttribute('data-value', '4');
    await expect(result(page, 'pods-lost')).toHaveAttribute('data-value', '4');
    await expect(result(page, 'pods-running')).toHaveAttribute('data-value', '8');
    await expect(page.locator('[data-machine="worker-1"]')).toContainText('tainted 50 s · pods leave 350 s');
    await expect(page.locator('.sim-notes')).toContainText('Zone 1: 1 of 2 nodes NotReady');
    await expect(page.locator('.sim-notes')).toContainText('stay Terminating on the lost machines');

    await page.getByLabel(/Operator applies the out-of-service taint at/).fill('420');
    await expect(page).toHaveURL(/outOfService=420/);
    await page.getByRole('button', { name: '440 s', exact: true }).click();
    await expect(result(page, 'pods-stuck')).toHaveAttribute('data-value', '0');
    await expect(result(page, 'pods-running')).toHaveAttribute('data-value', '12');
    await expect(page.locator('.sim-notes')).toContainText('force-delete their pods and detach their volumes');

    await page.getByLabel('Workload').selectOption('deployment');
    await page.getByLabel(/Operator applies the out-of-service taint at/).fill('');
    await page.getByRole('slider', { name: /Time since the fault/ }).fill('360');
    await expect(result(page, 'pods-stuck')).toHaveAttribute('data-value', '0');
    await expect(result(page, 'pods-running')).toHaveAttribute('data-value', '12');
  });

  test('eviction limits: a small zone that lost most of its nodes evicts nothing, and the page says why', { tag: '@root-only' }, async ({ page }) => {
    const down = ['worker-1', 'worker-4', 'worker-7', 'worker-10', 'worker-13', 'worker-16', 'worker-19'].join(',');
    await page.goto(`calculators/failure-simulator/?workers=30&replicas=60&down=${down}&at=1800`);
    await hydrated(page);
    await expect(result(page, 'pods-lost')).toHaveAttribute('data-value', '14');
    await expect(page.locator('.sim-notes')).toContainText('partly disrupted (7 of 11 nodes NotReady) in a zone of at most 50 nodes, so no evictions');
    await expect(page.locator('[data-machine="worker-1"]')).toContainText('never tainted');
  });
});
