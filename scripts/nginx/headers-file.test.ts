import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFor, parseHeadersFile, patternMatches } from './headers-file.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff

/_astro/*
  Cache-Control: immutable
/
  Cache-Control: no-cache
`;

test('parseHeadersFile: rules with their headers, comments and blank lines skipped', () => {
  assert.deepEqual(parseHeadersFile(file), [
    { pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
    { pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
    { pattern: '/', headers: [['Cache-Control', 'no-cache']] },
  ]);
});

test('parseHeadersFile: a header before any path is an error naming the line', () => {
  assert.throws(() => parseHeadersFile('  X-A: b\n'), /line 1/);
});

const cases: Array<[string, string, boolean]> = [
  ['/*', '/anything/at/all', true],
  ['/', '/', true],
  ['/', '/guide/', false],
  ['/guide/*', '/guide/', true],
  ['/pagefind/pagefind*', '/pagefind/pagefind-entry.json', true],
  ['/pagefind/pagefind*', '/pagefind/fragment/en_1.pf_fragment', false],
  ['/embed/*', '/embed.js', false],
  ['/sitemap.xml', '/sitemapaxml', false],
];
for (const [pattern, sitePath, expected] of cases) {
  test(`patternMatches: ${pattern} ${expected ? 'matches' : 'does not match'} ${sitePath}`, () => assert.equal(patternMatches(pattern, sitePath), expected));
}

test('headersFor: headers of every matching rule, and a name set twice is a conflict', () => {
  const rules = parseHeadersFile(`${file}/_astro/x.js\n  Cache-Control: other\n`);
  assert.deepEqual(Object.fromEntries(headersFor(rules, '/_astro/y.js').headers), { 'x-content-type-options': 'nosniff', 'cache-control': 'immutable' });
  assert.deepEqual(headersFor(rules, '/_astro/y.js').conflicts, []);
  assert.deepEqual(headersFor(rules, '/_astro/x.js').conflicts, ['Cache-Control (/_astro/x.js)']);
});
