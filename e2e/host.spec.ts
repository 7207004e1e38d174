import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BASE } from './support/built-site.ts';
import { expect, test } from './support/fixtures.ts';
import { unzip } from './support/unzip.ts';

// /host/: what an organiser needs to run the guide at an event with no internet.
test('the talk page and every page footer lead to it', async ({ page }) => {
  await page.goto('talk/');
  await page.getByRole('link', { name: 'Host it at your event' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Host it at your event');
  await page.goto('guide/toolbox/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Host it at your event' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}host/$`));
});

test('covers the portable zip, a laptop server, sub-paths, two windows and what works offline', async ({ page }) => {
  await page.goto('host/');
  for (const name of [/portable copy/, /from a laptop/, /sub-path/, /two windows/, /What works offline/]) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByText('python3 -m http.server 8000 --bind 0.0.0.0')).toBeVisible();
  await expect(page.getByText('node serve.mjs 8000')).toBeVisible();
  await expect(page.getByText(/BASE_PATH=\/k8s-or-die\/ .*npm run build/)).toBeVisible();
  await expect(page.getByRole('table', { name: /no internet connection/ }).getByRole('row')).toHaveCount(11);
});

test('offers the portable copy for download, with its size, and the zip holds the site, its README and serve.mjs', async ({ page }) => {
  await page.goto('host/');
  const link = page.getByRole('link', { name: /Download the portable copy \(zip, \d+\.\d MB\)/ });
  const download = page.waitForEvent('download');
  await link.click();
  const names = unzip(readFileSync(await (await download).path()), mkdtempSync(path.join(tmpdir(), 'k8s-host-')));
  expect(names).toEqual(expect.arrayContaining(['k8s-or-die/index.html', 'k8s-or-die/README.txt', 'k8s-or-die/serve.mjs', 'k8s-or-die/host/index.html']));
  expect(names.filter((n) => n.endsWith('.zip') || n.endsWith('sw.js'))).toEqual([]);
});
