import path from 'node:path';
import { BASE, OUT_DIR, fileForPath, htmlFiles, promisedRoutes, readBuilt } from './support/built-site.ts';
import { expect, test } from '@playwright/test';

// Crawls the built HTML without a browser: every internal href and src must resolve to a built file,
// and every #fragment to an element id on the target page.
const ORIGIN = 'http://site.invalid';

function idsOf(file: string): Set<string> {
  return new Set([...readBuilt(path.relative(OUT_DIR, file)).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

test('every internal link, asset and #fragment in the built pages resolves', async () => {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const files = htmlFiles(OUT_DIR);
  let checked = 0;
  for (const file of files) {
    const rel = path.relative(OUT_DIR, file).split(path.sep).join('/');
    const pageUrl = new URL(BASE + rel, ORIGIN);
    const html = readBuilt(rel);
    for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const value = raw.replaceAll('&amp;', '&');
      if (/^(mailto:|tel:|data:|javascript:)/.test(value)) continue;
      const url = new URL(value, pageUrl);
      if (url.origin !== ORIGIN) continue;
      checked += 1;
      const target = url.pathname === pageUrl.pathname ? file : fileForPath(url.pathname);
      if (!target) { broken.push(`${rel}: ${attr}="${value}" has no built file`); continue; }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html')) {
        if (!ids.has(target)) ids.set(target, idsOf(target));
        if (!ids.get(target)!.has(fragment)) broken.push(`${rel}: ${attr}="${value}" points at a missing #${fragment}`);
      }
    }
  }
  expect(broken).toEqual([]);
  // Every promised page plus the 404 page was read, and they link to each other a lot: an empty build cannot pass.
  expect(files.length, 'HTML pages crawled').toBeGreaterThanOrEqual(promisedRoutes().length + 1);
  expect(checked, 'internal links and assets checked').toBeGreaterThan(files.length * 20);
});

test('no words run together around links in the built pages ("talk<a>" or "</a>by")', async () => {
  const joined: string[] = [];
  for (const file of htmlFiles(OUT_DIR)) {
    const rel = path.relative(OUT_DIR, file).split(path.sep).join('/');
    for (const m of readBuilt(rel).matchAll(/[A-Za-z]<a\s[^>]*>[^<]{0,30}|<\/a>[A-Za-z]{1,20}/g)) joined.push(`${rel}: ${m[0]}`);
  }
  expect(joined).toEqual([]);
});
