import { readdirSync } from 'node:fs';
import { calculatorIds } from '../src/calculator-ids.ts';
import { BASE, readBuilt } from './support/built-site.ts';
import { expect, test } from './support/fixtures.ts';

// Tests tagged @root-only stay on one page and touch only the query string, which a base path cannot change (README).

// /print/: the whole guide on one page, as a handout. The chapters in their order (content/guide/NN-slug.mdx), each
// with the title its own page shows.
const chapters = readdirSync('content/guide').filter((f) => f.endsWith('.mdx')).sort().map((f) => f.replace(/^\d+-|\.mdx$/g, '')).map((slug) => ({
  slug,
  title: /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readBuilt(`guide/${slug}/index.html`))![1].replace(/<[^>]+>/g, '').trim(),
}));

test.describe('the printable guide', () => {
  test.beforeEach(async ({ page }) => { await page.emulateMedia({ media: 'print' }); });

  test('holds every chapter heading in order, a contents list pointing at them, and no navigation', async ({ page }) => {
    expect(chapters.length).toBe(8);
    await page.goto('print/');
    await expect(page.locator('.print-chapter > h2')).toHaveText(chapters.map((c) => c.title));
    const contents = page.getByRole('region', { name: 'Contents' }).getByRole('link');
    await expect(contents).toHaveText(chapters.map((c) => c.title));
    expect(await contents.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(chapters.map((c) => `#${c.slug}`));
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.locator('header.site-header, footer.site-footer')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: 'The talk' })).toBeVisible();
  });

  test('anchors stay unique, every in-page link finds its target, and diagrams stay SVG', async ({ page }) => {
    await page.goto('print/');
    const { duplicates, broken, svgs } = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      const inDefs = new Set([...document.querySelectorAll('defs [id]')].map((el) => el.id));
      return {
        duplicates: ids.filter((id, i) => ids.indexOf(id) !== i && !inDefs.has(id)),
        broken: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(decodeURIComponent(id))),
        svgs: document.querySelectorAll('.print-chapter svg').length,
      };
    });
    expect(duplicates).toEqual([]);
    expect(broken).toEqual([]);
    expect(svgs).toBeGreaterThan(3);
  });

  test('shows each calculator as its worked example, not hydrated, with a link to the live one', async ({ page }) => {
    await page.goto('print/');
    await expect(page.locator('astro-island')).toHaveCount(0);
    const live = page.locator('.print-live a');
    const hrefs = await live.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const id of calculatorIds) expect(hrefs, id).toContain(`${BASE}calculators/${id}/`);
    // The worked example is there: results rendered on the server, with the default inputs.
    await expect(page.locator('[data-calculator="ha-cluster"] [data-result="etcd-members"]').first()).toHaveAttribute('data-value', /\d/);
  });

  test('prints external links with their address', { tag: '@root-only' }, async ({ page }) => {
    await page.goto('print/');
    const link = page.locator('.print-chapter a[href^="http"]').first();
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href!);
  });

  test('is left out of site search', async ({ page }) => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto('search/?q=quorum');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    const results = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(results.some((p) => p.endsWith('/print/'))).toBe(false);
  });

  test('a chapter printed on its own keeps its print styles: no site navigation on paper', async ({ page }) => {
    await page.goto('guide/architecture/');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Architecture 101');
  });

  test('the architecture diagram prints every component\'s description, and its list closes again after', async ({ page }) => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto('guide/architecture/');
    const list = page.locator('[data-arch-list]');
    await expect(list).not.toHaveAttribute('open');
    // What the printer gets, read while printing: this listener runs after the page's own.
    await page.evaluate(() => window.addEventListener('beforeprint', () => {
      (window as unknown as { printed: boolean[] }).printed = [...document.querySelectorAll('[data-entry]')].map((e) => e.checkVisibility());
    }));
    await page.pdf();
    const printed = await page.evaluate(() => (window as unknown as { printed: boolean[] }).printed);
    expect(printed.length).toBeGreaterThan(5);
    expect(printed.every(Boolean), 'every description visible on paper').toBe(true);
    await expect(list).not.toHaveAttribute('open');
  });
});
