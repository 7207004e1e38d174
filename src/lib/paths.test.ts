import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBase } from './paths.ts';

const cases: Array<[string, string, string, string]> = [
  ['root base, plain route', '/', 'guide/architecture/', '/guide/architecture/'],
  ['root base, leading slash is not doubled', '/', '/talk/', '/talk/'],
  ['sub-path base', '/k8s-or-die/', 'talk/', '/k8s-or-die/talk/'],
  ['sub-path base without its slash', '/k8s-or-die', 'talk/', '/k8s-or-die/talk/'],
  ['empty route is the home page', '/k8s-or-die/', '', '/k8s-or-die/'],
  ['query and fragment are kept', '/', 'calculators/ha-cluster/?tolerate=2#plan', '/calculators/ha-cluster/?tolerate=2#plan'],
];

for (const [name, base, route, expected] of cases) {
  test(`joinBase: ${name}`, () => assert.equal(joinBase(base, route), expected));
}
