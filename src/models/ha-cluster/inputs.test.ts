import { test } from 'node:test';
import assert from 'node:assert/strict';
import { haCluster } from './index.ts';

const parseHa = haCluster.parse;

test('parseHa: no parameters gives the cited defaults', () => {
  const { input, errors } = parseHa({});
  assert.deepEqual(errors, {});
  assert.equal(input?.maxPods, 110);
  assert.equal(input?.nodeCpu, 4);
  assert.equal(input?.topology, 'stacked');
});

test('parseHa: unknown parameters are ignored', () => {
  assert.deepEqual(parseHa({ theme: 'dark', utm_source: 'x' }).errors, {});
});

const bad: Array<[string, Record<string, string>, string, RegExp]> = [
  ['non-numeric text', { replicas: 'abc' }, 'replicas', /"abc" is not a number/],
  ['empty field', { nodeCpu: '' }, 'nodeCpu', /Enter a number/],
  ['negative', { podMemory: '-5' }, 'podMemory', /at least 0/],
  ['zero where not allowed', { replicas: '0' }, 'replicas', /at least 1/],
  ['absurdly large, with the reason', { replicas: '9999999' }, 'replicas', /at most 150,000.*150,000 pods per cluster/],
  ['a fraction of a machine', { tolerate: '1.5' }, 'tolerate', /whole number/],
  ['more failures than etcd can ever survive', { tolerate: '4' }, 'tolerate', /at most 3/],
  ['an unknown topology', { topology: 'mesh' }, 'topology', /Choose one of/],
  ['a pod larger than a machine', { podCpu: '8' }, 'podCpu', /more CPU than a machine has left/],
  ['DaemonSets filling the machine', { daemonMemory: '20000' }, 'daemonMemory', /all of a machine's allocatable memory/],
  ['DaemonSet pods filling every slot', { daemonPods: '110' }, 'daemonPods', /every pod slot/],
];
for (const [name, params, field, message] of bad) {
  test(`parseHa: ${name} is an error on ${field}, and the text is kept`, () => {
    const parsed = parseHa(params);
    assert.equal(parsed.input, null);
    assert.match(parsed.errors[field as keyof typeof parsed.errors] ?? '', message);
    assert.equal(parsed.raw[field as keyof typeof parsed.raw], params[field]);
  });
}
