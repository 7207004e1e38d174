import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importsOf, withModulePreloads } from './module-preload.ts';

const files: Record<string, string> = {
  '/base/_astro/page.js': 'import{t as e}from"./address.js";import"./side.js";const x=()=>import("./lazy.js");e(x)',
  '/base/_astro/address.js': 'import*as u from"./url.js";export const t=u',
  '/base/_astro/side.js': 'import{t}from"./address.js";t()',
  '/base/_astro/url.js': 'export const u=1',
  '/base/_astro/lazy.js': 'export default 1',
};
const read = (address: string) => files[address];

test('importsOf: static imports at every depth, each once, never a dynamic import()', () => {
  assert.deepEqual(importsOf('/base/_astro/page.js', read), ['/base/_astro/address.js', '/base/_astro/url.js', '/base/_astro/side.js']);
});

test('importsOf: an import whose file does not exist is not listed', () => {
  assert.deepEqual(importsOf('/x.js', (a) => (a === '/x.js' ? 'import"./gone.js"' : undefined)), []);
});

test('withModulePreloads: one modulepreload link per imported chunk, in the head', () => {
  const page = '<!DOCTYPE html><html><head><title>t</title></head><body><script type="module" src="/base/_astro/page.js"></script></body></html>';
  const out = withModulePreloads(page, read);
  const head = out.slice(0, out.indexOf('</head>'));
  assert.deepEqual([...head.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]),
    ['/base/_astro/address.js', '/base/_astro/url.js', '/base/_astro/side.js']);
});

test('withModulePreloads: a page with no module script, or one that imports nothing, comes back byte for byte', () => {
  const plain = '<!DOCTYPE html><html lang="en"><head></head><body><script>let a=1</script><astro-island component-url="/base/_astro/page.js"></astro-island></body></html>';
  assert.equal(withModulePreloads(plain, read), plain);
  const alone = '<!DOCTYPE html><html><head></head><body><script type="module" src="/base/_astro/url.js"></script></body></html>';
  assert.equal(withModulePreloads(alone, read), alone);
});
