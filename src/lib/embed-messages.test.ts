import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setParamsOf } from './embed-messages.ts';

const cases: Array<[string, unknown, Record<string, string> | null]> = [
  ['object params', { type: 'k8s-or-die:set', params: { tolerate: '2', zones: 3 } }, { tolerate: '2', zones: '3' }],
  ['query-string params', { type: 'k8s-or-die:set', params: 'tolerate=2&zones=3' }, { tolerate: '2', zones: '3' }],
  ['another type is ignored', { type: 'k8s-or-die:resize', height: 5 }, null],
  ['a string message is ignored', 'hello', null],
  ['null is ignored', null, null],
  ['params of the wrong shape are ignored', { type: 'k8s-or-die:set', params: 7 }, null],
  ['nested values are dropped', { type: 'k8s-or-die:set', params: { a: { b: 1 }, c: '1' } }, { c: '1' }],
];
for (const [name, data, expected] of cases) {
  test(`setParamsOf: ${name}`, () => assert.deepEqual(setParamsOf(data), expected));
}
