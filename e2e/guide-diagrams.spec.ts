import { expect, test } from './support/fixtures.ts';

// The chapter diagrams, used as a reader would: by name, with the keyboard and with the pointer.

const components = [
  { id: 'load-balancer', name: /^Load balancer/, does: /one stable address/, fails: /single point of failure/ },
  { id: 'api-server', name: /^API server/, does: /only component that talks to etcd/, fails: /nobody can read or change the cluster/ },
  { id: 'scheduler', name: /^Scheduler/, does: /chooses one for each/, fails: /new pods stay Pending/ },
  { id: 'controller-manager', name: /^Controller manager/, does: /control loops/, fails: /Nothing reconciles/ },
  { id: 'etcd', name: /^etcd/, does: /quorum of floor\(n\/2\) \+ 1/, fails: /refuse writes/ },
  { id: 'pki', name: /^TLS certificates/, does: /certificate authority/, fails: /they expire/ },
  { id: 'kubelet', name: /^kubelet/, does: /agent on every node/, fails: /marked NotReady/ },
  { id: 'kube-proxy', name: /^kube-proxy/, does: /virtual IP/, fails: /stale addresses/ },
  { id: 'container-runtime', name: /^Container runtime/, does: /Container Runtime Interface/, fails: /can no longer start or stop containers/ },
  { id: 'cni-plugin', name: /^CNI plugin/, does: /IP address/, fails: /cannot get a network/ },
];

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).
test.describe('architecture diagram', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('guide/architecture/');
  });

  test('has an accessible name and a description', { tag: '@root-only' }, async ({ page }) => {
    const diagram = page.getByRole('group', { name: 'Kubernetes architecture: control plane, data store and worker node' });
    await expect(diagram).toBeVisible();
    await expect(diagram).toHaveAccessibleDescription(/only the API server talks to etcd/);
  });

  test('Tab reaches every component button, in order', { tag: '@root-only' }, async ({ page }) => {
    // Start from the heading just above the diagram: the first Tab lands on the first component.
    await page.locator('h2#the-picture').evaluate((h) => { (h as HTMLElement).tabIndex = -1; (h as HTMLElement).focus(); });
    await page.keyboard.press('Tab');
    const first = page.getByRole('button', { name: components[0].name });
    await expect(first).toBeFocused();
    for (const c of components.slice(1)) {
      await page.keyboard.press('Tab');
      const button = page.locator(`[data-component="${c.id}"]`);
      await expect(button).toBeFocused();
      await expect(button).toHaveRole('button');
      await expect(button).toHaveAccessibleName(c.name);
    }
  });

  test('Enter, Space and a click each show the component and its failure in the live panel', { tag: '@root-only' }, async ({ page }) => {
    const panel = page.locator('#arch-panel');
    await expect(panel).toHaveAttribute('aria-live', 'polite');
    await expect(panel).toBeVisible();
    for (const [i, c] of components.entries()) {
      const button = page.getByRole('button', { name: c.name });
      if (i % 3 === 0) await button.click();
      else {
        await button.focus();
        await page.keyboard.press(i % 3 === 1 ? 'Enter' : 'Space');
      }
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(panel).toContainText(c.does);
      await expect(panel).toContainText(c.fails);
      await expect(page.locator('[data-component][aria-pressed="true"]')).toHaveCount(1);
    }
  });

  test('Space on a component does not scroll the page away', { tag: '@root-only' }, async ({ page }) => {
    const button = page.getByRole('button', { name: /^Scheduler/ });
    await button.focus();
    await page.keyboard.press('Space');
    await expect(button).toBeInViewport();
    await expect(button).toBeFocused();
  });

  test('the full list of descriptions is still there, collapsed', { tag: '@root-only' }, async ({ page }) => {
    const list = page.getByText('Every component: what it does and what happens when it fails');
    await list.click();
    for (const c of components) await expect(page.locator(`[data-entry="${c.id}"]`)).toContainText(c.fails);
  });
});

// The diagram's script shows the live panel and collapses the list of descriptions. Wider than a phone the panel sits
// beside the picture, and a link to its section puts the diagram on screen at first paint: if the script's changes
// moved the page, a reader on a slow device would see the text below jump.
test.describe('architecture diagram at first paint', () => {
  test.use({ viewport: { width: 820, height: 1180 } });
  test('is already laid out as its script leaves it: nothing after it moves when the script runs', { tag: '@root-only' }, async ({ page }) => {
    await page.addInitScript(() => {
      // readyState turns "interactive" once the document is parsed, before deferred and module scripts run.
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        (window as unknown as { before: number }).before = document.querySelector('#three-ingredients')!.getBoundingClientRect().top + scrollY;
      });
    });
    await page.goto('guide/architecture/#the-picture');
    await expect(page.locator('[data-arch-diagram]')).toHaveClass(/is-enhanced/);
    const [before, after] = await page.evaluate(() => [(window as unknown as { before: number }).before, document.querySelector('#three-ingredients')!.getBoundingClientRect().top + scrollY]);
    expect(after).toBe(before);
    await expect(page.locator('#arch-panel')).toBeVisible();
    await expect(page.locator('[data-arch-list]')).not.toHaveAttribute('open');
  });
});

test.describe('architecture diagram without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every description is readable, and nothing pretends to be a button', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('guide/architecture/');
    for (const c of components) {
      await expect(page.locator(`[data-entry="${c.id}"]`)).toBeVisible();
      await expect(page.locator(`[data-entry="${c.id}"]`)).toContainText(c.does);
    }
    await expect(page.locator('[data-component][role="button"]')).toHaveCount(0);
    await expect(page.locator('#arch-panel')).toBeHidden();
  });
});

test.describe('pattern diagrams', () => {
  const patterns = [
    { id: 'tenant-clusters', name: /tenants run their own Kubernetes clusters on an existing OpenStack/ },
    { id: 'beside-openstack', name: /Kubernetes cluster beside OpenStack on spare bare metal/ },
    { id: 'bare-metal-gpu', name: /Kubernetes on bare metal with GPUs/ },
    { id: 'openstack-on-kubernetes', name: /OpenStack control plane containerized on Kubernetes/ },
  ];

  test('each pattern has a named picture under its own anchor', async ({ page }) => {
    await page.goto('guide/openstack-patterns/');
    for (const p of patterns) {
      // The section's own picture (the pattern picker further down shows the same figures again).
      const img = page.locator(`[id="${p.id}"] + .pattern-diagram`).getByRole('img', { name: p.name });
      await expect(img).toBeVisible();
      await expect(img).toHaveAccessibleDescription(/.{40,}/);
      await expect(page.locator(`[id="${p.id}"]`)).toHaveCount(1);
      await expect(page.locator(`[id="${p.id}"] + .pattern-diagram`)).toHaveAttribute('data-pattern', p.id);
    }
  });

  test('a link to a pattern anchor lands on its section', async ({ page }) => {
    await page.goto('guide/openstack-patterns/#bare-metal-gpu');
    await expect(page.getByRole('heading', { level: 2, name: 'Bare-metal GPU' })).toBeInViewport();
  });
});
