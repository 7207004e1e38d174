import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseBase } from './base-path.ts';

const cases: Array<[string | undefined, string]> = [
  [undefined, '/'], ['', '/'], ['/', '/'], ['k8s-or-die', '/k8s-or-die/'], ['/k8s-or-die', '/k8s-or-die/'],
  ['/k8s-or-die/', '/k8s-or-die/'], ['//a/b//', '/a/b/'],
];
for (const [raw, expected] of cases) {
  test(`normaliseBase: ${JSON.stringify(raw)} -> ${expected}`, () => assert.equal(normaliseBase(raw), expected));
}
