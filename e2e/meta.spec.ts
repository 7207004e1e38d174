import { BASE, builtRoutes } from './support/built-site.ts';
import { expect, test } from './support/fixtures.ts';
import { attr, byTag, parseHtml, textOf } from '../scripts/build/html.ts';

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

// What search engines and link previews read: the HTML as served, before any script runs, so no browser is needed and
// one test reads every page (each failure names its page).
test('every page has its own title, description, canonical URL and Open Graph tags', async ({ request }) => {
  for (const route of builtRoutes()) {
    const label = `/${route}`;
    const response = await request.get(route);
    expect.soft(response.status(), label).toBe(200);
    const doc = parseHtml(await response.text());
    const meta = (key: 'name' | 'property', value: string) => {
      const found = byTag(doc, 'meta').find((m) => attr(m, key) === value);
      return found && attr(found, 'content');
    };
    const canonical = byTag(doc, 'link').find((l) => attr(l, 'rel') === 'canonical');
    expect.soft(textOf(byTag(doc, 'title')[0]).trim().length, `${label}: title`).toBeGreaterThan(5);
    expect.soft(meta('name', 'description'), `${label}: description`).toMatch(/.{40,}/);
    expect.soft(canonical && new URL(attr(canonical, 'href')!).pathname, `${label}: canonical URL`).toBe(`${BASE}${route}`);
    expect.soft(meta('property', 'og:title'), `${label}: og:title`).toMatch(/.+/);
    expect.soft(meta('property', 'og:url'), `${label}: og:url`).toBe(canonical && attr(canonical, 'href'));
    expect.soft(attr(byTag(doc, 'html')[0], 'lang'), `${label}: lang`).toBe('en');
  }
});
