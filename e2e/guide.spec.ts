import { expect, test } from './support/fixtures.ts';

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).

// The guide as a reader meets it: chapters in order, each with its title, summary and sources.
const chapters = [
  { slug: 'why-kubernetes', title: 'Why Kubernetes' },
  { slug: 'architecture', title: 'Architecture 101' },
  { slug: 'openstack-patterns', title: /OpenStack \+ Kubernetes/ },
  { slug: 'toolbox', title: 'The toolbox' },
  { slug: 'stateful-stateless', title: /Stateful/ },
  { slug: 'future', title: /future/i },
  { slug: 'glossary', title: 'Glossary' },
  { slug: 'references', title: 'References' },
];

test('the sidebar lists the chapters in the guide\'s order', async ({ page }) => {
  await page.goto('guide/why-kubernetes/');
  const links = page.getByRole('navigation', { name: 'Chapters' }).getByRole('link');
  await expect(links).toHaveCount(chapters.length);
  for (const [i, c] of chapters.entries()) await expect(links.nth(i)).toHaveAttribute('href', new RegExp(`guide/${c.slug}/$`));
});

const prose = ['why-kubernetes', 'architecture', 'openstack-patterns', 'toolbox', 'stateful-stateless', 'future'];
for (const c of chapters) {
  const isProse = prose.includes(c.slug);
  const also = isProse ? ', at least 800 words and a references section' : '';
  test(`chapter ${c.slug}: its title, a summary, "Where next", every "Since the talk" note citing a source${also}`, { tag: '@root-only' }, async ({ page }) => {
    await page.goto(`guide/${c.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
    await expect(page.getByRole('note', { name: 'Summary' })).toContainText('In short:');
    await expect(page.getByRole('heading', { name: 'Where next' })).toBeVisible();
    const notes = page.locator('[data-since-the-talk]');
    for (const note of await notes.all()) {
      await expect(note).toContainText('Since the talk');
      const cited = note.locator('.since-sources a[href^="http"]');
      expect(await cited.count(), 'a Since the talk note cites at least one source').toBeGreaterThan(0);
    }
    if (!isProse) return;
    const words = (await page.locator('article.chapter').innerText()).split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(800);
    await expect(page.getByRole('heading', { level: 2, name: 'References' })).toBeVisible();
    expect(await notes.count(), 'Since the talk notes').toBeGreaterThan(0);
  });
}

// The tools directory's cards off screen are left unlaid-out until they come near (content-visibility), holding an
// estimated height until then: a link to a card must still land on it, and stay there once the cards around it are
// drawn at their real heights. So must a link deep into a chapter.
test('on a phone, a link to a heading deep in a chapter, or to a tool, lands on it and it stays put', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [route, id] of [['guide/toolbox/', 'kubeadm'], ['guide/toolbox/', 'runtimes-and-networks-since-2017'], ['guide/toolbox/', 'references'], ['tools/', 'kubespray']]) {
    await page.goto(`${route}#${id}`);
    const heading = page.locator(`#${id}`);
    await expect(heading).toBeInViewport();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForTimeout(300);
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    expect(top, `#${id} sits at the top of the screen`).toBeGreaterThanOrEqual(0);
    expect(top, `#${id} sits at the top of the screen`).toBeLessThan(40);
  }
});

test('glossary links lead to their entry on the glossary page', async ({ page }) => {
  await page.goto('guide/architecture/');
  const term = page.locator('article a.term', { hasText: 'etcd' }).first();
  const target = await term.getAttribute('href');
  expect(target).toMatch(/guide\/glossary\/#etcd$/);
  await term.click();
  await expect(page).toHaveURL(/guide\/glossary\/#etcd$/);
  await expect(page.locator('#etcd')).toBeInViewport();
  await expect(page.locator('#etcd')).toContainText('quorum');
});

test('every glossary link in every chapter points at an entry that exists', async ({ page }) => {
  await page.goto('guide/glossary/');
  const ids = new Set(await page.locator('.glossary .entry').evaluateAll((els) => els.map((e) => e.id)));
  for (const slug of prose) {
    await page.goto(`guide/${slug}/`);
    const targets = await page.locator('article a.term').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).hash.slice(1)));
    expect(targets.length, `${slug} links terms to the glossary`).toBeGreaterThan(0);
    for (const id of targets) expect(ids.has(id), `${slug} -> #${id}`).toBe(true);
  }
});

test('the architecture chapter embeds the HA sizer and the failure simulator', async ({ page }) => {
  await page.goto('guide/architecture/');
  await expect(page.locator('[data-calculator="ha-cluster"]')).toBeVisible();
  await expect(page.locator('[data-calculator="failure-simulator"]')).toBeAttached();
  await page.locator('[data-calculator="ha-cluster"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-calculator="ha-cluster"] [data-result="total-machines"]')).toHaveAttribute('data-value', '9');
});
