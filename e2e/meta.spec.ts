import { BASE, builtRoutes } from './support/built-site.ts';
import { expect, test } from './support/fixtures.ts';

test('sitemap.xml lists pages that all answer 200', async ({ page, request }) => {
  const xml = await (await request.get('sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(locs).toContain(BASE);
  expect(locs).toContain(`${BASE}talk/`);
  expect(locs).toEqual(expect.arrayContaining([`${BASE}host/`, `${BASE}print/`]));
  for (const loc of locs) {
    expect(loc.startsWith(BASE), `${loc} is under the base path`).toBe(true);
    const response = await request.get(loc.slice(BASE.length) || './');
    expect(response.status(), loc).toBe(200);
  }
  await page.goto('');
});

for (const route of builtRoutes()) {
  test(`page /${route} has its own title, description, canonical URL and Open Graph tags`, async ({ page }) => {
    await page.goto(route);
    const title = await page.title();
    expect(title.length).toBeGreaterThan(5);
    const description = page.locator('meta[name="description"]');
    await expect(description).toHaveAttribute('content', /.{40,}/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(`${BASE}${route}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
}
