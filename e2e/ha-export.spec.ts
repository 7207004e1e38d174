import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'yaml';
import { expect, test as base } from './support/fixtures.ts';
import { calculatorResult, hydrated } from './support/page-helpers.ts';
import { asWordPressFilters, blogPost, startBlog, type Blog } from './support/wordpress-host.ts';

// The HA sizer's "Export the plan" (issue 19): closed it loads nothing; opened, by a click or by ?export=, it shows the
// file for a tool in [data-export="<format>"], follows the plan, copies and downloads exactly that text, and keeps
// to the frame's limits inside WordPress's sandbox.

const test = base.extend<{ blogPost: (path: string) => Promise<Page> }, { blog: Blog }>({
  blog: [async ({}, use) => { const blog = await startBlog(); await use(blog); await blog.close(); }, { scope: 'worker' }],
  fixtureOrigins: async ({ blog }, use) => use([blog.origin]),
  blogPost: async ({ page, baseURL, blog }, use) => use(async (route) => {
    const oembed = await (await page.request.get(`${baseURL}${route}oembed.json`)).json();
    await page.goto(blog.publish('/post/', blogPost(asWordPressFilters(oembed.html))));
    return page;
  }),
});

const exported = (scope: Page, format: string) => scope.locator(`[data-calculator="ha-cluster"] [data-export="${format}"]`);
const summary = (page: Page) => page.getByText('Export the plan', { exact: true });
const hostsIn = (group: { hosts?: Record<string, unknown> } | undefined) => Object.keys(group?.hosts ?? {});
const kubespray = async (code: Locator) => (parse((await code.textContent())!) as { all: { children: Record<string, { hosts?: Record<string, unknown> }> } }).all.children;

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).
test.describe('Export the plan', () => {
  test('starts closed and loads no generator; opened, it follows the plan as the form changes', async ({ page }) => {
    const generators: string[] = [];
    page.on('request', (r) => { if (/\/generate\.[\w-]+\.js$/.test(r.url())) generators.push(r.url()); });
    await page.goto('calculators/ha-cluster/');
    await hydrated(page);
    await expect(page.locator('details.export')).not.toHaveAttribute('open');
    expect(generators, 'nothing loaded before the reader opens the export').toEqual([]);

    await summary(page).click();
    await expect(exported(page, 'kubeadm')).toContainText('kind: InitConfiguration');
    expect(generators).toHaveLength(1);
    await expect(page).toHaveURL(/[?&]export=kubeadm(&|$)/);

    await page.getByLabel('Tool').selectOption('kubespray');
    await expect(page).toHaveURL(/[?&]export=kubespray(&|$)/);
    const code = exported(page, 'kubespray');
    expect(hostsIn((await kubespray(code)).kube_control_plane)).toEqual(['cp-1', 'cp-2', 'cp-3']);
    await page.getByLabel('Machine failures to survive').fill('2');
    await expect(calculatorResult(page, 'ha-cluster', 'control-plane-machines')).toHaveAttribute('data-value', '5');
    await expect.poll(async () => hostsIn((await kubespray(code)).kube_control_plane)).toEqual(['cp-1', 'cp-2', 'cp-3', 'cp-4', 'cp-5']);
    await page.getByLabel('Topology').selectOption('external');
    await expect.poll(async () => hostsIn((await kubespray(code)).etcd).length).toBe(5);

    // Closing it takes it out of the address, so a link does not open it.
    await summary(page).click();
    await expect(page).not.toHaveURL(/export=/);
    await expect(page.locator('details.export')).not.toHaveAttribute('open');
  });

  test('?export=cluster-api opens that format, with a control plane of the plan\'s size and one MachineDeployment per zone', async ({ page }) => {
    await page.goto('calculators/ha-cluster/?zones=3&export=cluster-api');
    await hydrated(page);
    await expect(page.locator('details.export')).toHaveAttribute('open');
    await expect(page.getByLabel('Tool')).toHaveValue('cluster-api');
    const docs = (await exported(page, 'cluster-api').textContent())!.split(/^---$/m).map((d) => parse(d) as Record<string, any>);
    expect(docs.find((d) => d.kind === 'KubeadmControlPlane')!.spec.replicas).toBe(3);
    expect(docs.filter((d) => d.kind === 'MachineDeployment').map((d) => d.spec.template.spec.failureDomain)).toEqual(['<ZONE_1>', '<ZONE_2>', '<ZONE_3>']);
  });

  test('the copy button copies exactly the file shown, and the download saves exactly it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('calculators/ha-cluster/?export=juju');
    await hydrated(page);
    const shown = (await exported(page, 'juju').textContent())!;
    expect(shown).toMatch(/^# Juju bundle/);
    await page.getByRole('button', { name: 'Copy the file' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download k8s-or-die-bundle.yaml' }).click()]);
    expect(download.suggestedFilename()).toBe('k8s-or-die-bundle.yaml');
    expect(await readFile((await download.path())!, 'utf8')).toBe(shown);
  });

  test('a bad format keeps its text and says why beside the field; bad inputs mark the export out of date, not empty', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('calculators/ha-cluster/?export=helm');
    await hydrated(page);
    const tool = page.getByLabel('Tool');
    await expect(tool).toHaveValue('helm');
    await expect(tool).toHaveAttribute('aria-invalid', 'true');
    await expect(tool).toHaveAccessibleDescription(/"helm" is not a choice here/);
    await expect(page.locator('.export-body')).toHaveAttribute('data-stale', 'true');
    await expect(page.locator('[data-calculator="ha-cluster"]'), 'the plan itself is not out of date').toHaveAttribute('data-stale', 'false');
    await expect(exported(page, 'kubeadm')).toContainText('kind: ClusterConfiguration');

    await tool.selectOption('kubeadm');
    await expect(page.locator('.export-body')).toHaveAttribute('data-stale', 'false');
    const before = await exported(page, 'kubeadm').textContent();
    await page.getByLabel('Pods (replicas)').fill('abc');
    await expect(page.locator('.export-body')).toHaveAttribute('data-stale', 'true');
    await expect(page.getByText(/Out of date: this is the kubeadm file for the last valid inputs/)).toBeVisible();
    await expect(exported(page, 'kubeadm')).toHaveText(before!);
  });

  test('at 360 px the file scrolls in its own focusable box, the page does not; the open export is valid HTML', { tag: '@root-only' }, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('calculators/ha-cluster/?export=kubespray&tolerate=3&zones=5&replicas=3000');
    await hydrated(page);
    const file = page.getByRole('region', { name: 'hosts.yaml, for Kubespray' });
    await expect(file).toContainText('worker-[');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await file.evaluate((el) => el.scrollWidth > el.clientWidth && el.scrollHeight > el.clientHeight)).toBe(true);
    await file.focus();
    await expect(file).toBeFocused();
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(await page.content());
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  test('inside WordPress\'s sandbox the file is there to select, and the copy and download buttons, which cannot work there, are not', async ({ blogPost }) => {
    const page = await blogPost('calculators/ha-cluster/');
    const frame = page.frameLocator('iframe.wp-embedded-content');
    await hydrated(frame);
    await frame.getByText('Export the plan', { exact: true }).click();
    await expect(frame.locator('[data-export="kubeadm"]')).toContainText('kind: JoinConfiguration');
    await expect(frame.getByText('This frame blocks copying and downloading')).toBeVisible();
    await expect(frame.getByRole('button', { name: /Copy the file|Download/ })).toHaveCount(0);
  });

  test('the embed page outside a sandbox offers both buttons', async ({ page }) => {
    await page.goto('embed/ha-cluster/?export=kubespray');
    await hydrated(page);
    await expect(exported(page, 'kubespray')).toContainText('kube_control_plane:');
    await expect(page.getByRole('button', { name: 'Copy the file' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download hosts.yaml' })).toBeVisible();
  });
});
