import { test } from 'node:test';
import assert from 'node:assert/strict';
import { portableSrcset, portableUrl, rootOf } from './portable-urls.ts';

const dirs = new Set(['guide', 'guide/a', 'guide/b', 'calculators/ha-cluster', '_astro']);
const isDirectory = (rel: string) => dirs.has(rel.replace(/\/$/, ''));

// [name, url, page, base, expected]: the shapes of links Astro and MDX write (notes/portable.md).
const cases: Array<[string, string, string, string, string]> = [
  ['an absolute route becomes relative and names index.html', '/guide/b/', 'guide/a/index.html', '/', '../b/index.html'],
  ['query and fragment are kept', '/calculators/ha-cluster/?tolerate=2#plan', 'guide/a/index.html', '/', '../../calculators/ha-cluster/index.html?tolerate=2#plan'],
  ['the home page', '/', 'guide/a/index.html', '/', '../../index.html'],
  ['the home page from the home page', '/', 'index.html', '/', 'index.html'],
  ['an asset', '/_astro/Base.x.css', 'guide/a/index.html', '/', '../../_astro/Base.x.css'],
  ['a relative MDX link', '../b/', 'guide/a/index.html', '/', '../b/index.html'],
  ['a relative link without its slash that names a folder', '../b', 'guide/a/index.html', '/', '../b/index.html'],
  ['under a sub-path', '/k8s-or-die/guide/b/', 'guide/a/index.html', '/k8s-or-die/', '../b/index.html'],
  ['the sub-path itself', '/k8s-or-die/', 'guide/a/index.html', '/k8s-or-die/', '../../index.html'],
  ['a path outside the sub-path stays', '/elsewhere/', 'index.html', '/k8s-or-die/', '/elsewhere/'],
  ['another site stays', 'https://kubernetes.io/docs/', 'index.html', '/', 'https://kubernetes.io/docs/'],
  ['a fragment stays', '#main', 'guide/a/index.html', '/', '#main'],
  ['mailto stays', 'mailto:a@b.c', 'index.html', '/', 'mailto:a@b.c'],
  ['a file in the same folder', 'sitemap.xml', 'index.html', '/', 'sitemap.xml'],
];
for (const [name, url, page, base, expected] of cases) {
  test(`portableUrl: ${name}`, () => assert.equal(portableUrl(url, page, base, isDirectory), expected));
}

test('portableSrcset: every candidate converted, descriptors kept', () => {
  assert.equal(portableSrcset('/a.png 1x, /b.png 2x', (u) => `.${u}`), './a.png 1x, ./b.png 2x');
});

test('rootOf: the way back to the site root', () => {
  assert.equal(rootOf('index.html'), '');
  assert.equal(rootOf('guide/a/index.html'), '../../');
});
