import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemaErrors, type Schema } from './schema-check.ts';

const schema: Schema = {
  type: 'object', required: ['name', 'kind'],
  properties: {
    kind: { type: 'string', default: 'Secret' },
    name: { type: 'string', pattern: '^[a-z0-9-]+$', maxLength: 12 },
    replicas: { type: 'integer', minimum: 0 },
    mode: { type: 'string', enum: ['a', 'b'] },
    port: { 'x-kubernetes-int-or-string': true },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    zones: { type: 'array', maxItems: 2, items: { type: 'string' } },
  },
};

test('schemaErrors: a valid spec has none (a required field with a default may be left out)', () => {
  assert.deepEqual(schemaErrors({ name: 'k8s', replicas: 3, mode: 'a', port: 'https', labels: { a: 'b' }, extra: { any: 1 }, zones: ['z'] }, schema), []);
});

test('schemaErrors: names each field that is wrong, where it is', () => {
  assert.deepEqual(schemaErrors({ replica: 3, replicas: -1, mode: 'c', port: 1.5, labels: { a: 2 }, zones: ['x', 'y', 3] }, schema), [
    'spec: the required field name is missing',
    'spec: unknown field replica',
    'spec.replicas: -1 is outside 0..∞',
    'spec.mode: "c" is not one of ["a","b"]',
    'spec.port: 1.5 is neither an integer nor a string',
    'spec.labels.a: 2 is not of type string',
    'spec.zones: 3 items, outside 0..2',
    'spec.zones[2]: 3 is not of type string',
  ]);
});

test('schemaErrors: a placeholder is checked for its type only, not its pattern, length or enum', () => {
  assert.deepEqual(schemaErrors({ name: '<CLUSTER_NAME_PLEASE>', mode: '<MODE>' }, schema), []);
  assert.deepEqual(schemaErrors({ name: 'Not_Valid' }, schema), ['spec.name: "Not_Valid" does not match ^[a-z0-9-]+$']);
});
