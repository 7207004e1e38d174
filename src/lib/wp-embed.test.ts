import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWpReady, wpHeight, wpSecret } from './wp-embed.ts';

// The secret's form and the bounds are WordPress's (wp-includes/embed.php adds #?secret=<10 letters and digits>;
// wp-embed.js clamps heights to 200..1000 and ignores secrets with other characters).
const secrets: Array<[string, string, string | null]> = [
  ['WordPress\'s server-side secret', '#?secret=H3PqrSCYYZ', 'H3PqrSCYYZ'],
  ['a shorter secret wp-embed.js adds itself', '#?secret=k2j9x', 'k2j9x'],
  ['a secret after other hash parameters', '#a=1&secret=abc123', 'abc123'],
  ['no hash', '', null],
  ['a slide number, not a secret', '#3', null],
];
for (const [name, hash, expected] of secrets) test(`wpSecret: ${name}`, () => assert.equal(wpSecret(hash), expected));

const heights: Array<[number, number]> = [[120, 200], [640.2, 641], [4400, 1000]];
for (const [content, asked] of heights) test(`wpHeight: ${content} px of content asks for ${asked} px`, () => assert.equal(wpHeight(content), asked));

test('isWpReady: only WordPress\'s ready message with our secret', () => {
  assert.equal(isWpReady({ message: 'ready', secret: 'abc' }, 'abc'), true);
  assert.equal(isWpReady({ message: 'ready', secret: 'xyz' }, 'abc'), false);
  assert.equal(isWpReady({ type: 'k8s-or-die:set', params: {} }, 'abc'), false);
  assert.equal(isWpReady('ready', 'abc'), false);
});
