import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stylesToHead } from './head-styles.ts';

const ISLAND = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

test('stylesToHead: the island style Astro writes inside a div moves to the end of the head', () => {
  const page = `<!doctype html><html><head><title>t</title></head><body><div class="mount">${ISLAND}<astro-island></astro-island></div></body></html>`;
  const out = stylesToHead(page);
  assert.match(out, new RegExp(`<title>t</title>${ISLAND}</head>`));
  assert.doesNotMatch(out.slice(out.indexOf('<body>')), /<style/);
});

test('stylesToHead: several body styles keep their order', () => {
  const out = stylesToHead('<!doctype html><html><head></head><body><p>x</p><style>a{}</style><div><style>b{}</style></div></body></html>');
  assert.match(out, /<head><style>a\{\}<\/style><style>b\{\}<\/style><\/head>/);
});

test('stylesToHead: a page with no style in its body comes back unchanged, byte for byte', () => {
  const page = '<!DOCTYPE html><html lang="en"><head><style>h1{}</style></head><body><h1 class=x>t</h1></body></html>';
  assert.equal(stylesToHead(page), page);
});
