import { test } from 'node:test';
import assert from 'node:assert/strict';
import { vmVsContainers } from './index.ts';

const parseVmc = vmVsContainers.parse;

test('parseVmc: no parameters gives the cited defaults', () => {
  const { input, errors } = parseVmc({});
  assert.deepEqual(errors, {});
  assert.equal(input?.cpuRatio, 4);
  assert.equal(input?.ramRatio, 1);
  assert.equal(input?.reservedHostMemory, 512);
  assert.deepEqual(input?.flavors, ['m1']);
  assert.equal(input?.runtime, 'runc');
  assert.equal(input?.surge, 25);
});

test('parseVmc: unknown parameters are ignored, and a list of sizes parses', () => {
  const { input, errors } = parseVmc({ theme: 'dark', flavors: '2x4096, 4x8192' });
  assert.deepEqual(errors, {});
  assert.deepEqual(input?.flavors, ['2x4096', '4x8192']);
});

const bad: Array<[string, Record<string, string>, string, RegExp]> = [
  ['non-numeric text', { instances: 'lots' }, 'instances', /"lots" is not a number/],
  ['a fraction of an instance', { instances: '2.5' }, 'instances', /whole number/],
  ['a flavor of the wrong shape', { flavors: 'm1.large' }, 'flavors', /"m1.large" is not a valid id.*4x8192/],
  ['no flavor at all', { flavors: '' }, 'flavors', /at least one flavor/],
  ['flavors too small for one instance', { flavors: '1x512,1x1024' }, 'flavors', /No listed flavor holds one instance.*2,560 MiB/],
  ['an unknown runtime', { runtime: 'gvisor' }, 'runtime', /Choose one of/],
  ['an instance larger than a host', { cpu: '64' }, 'cpu', /more CPU than a host has/],
  ['a VM larger than a host\'s memory', { memory: '200000' }, 'memory', /more memory than a host has/],
  ['Nova reserving the whole host', { reservedHostMemory: '131072' }, 'reservedHostMemory', /whole host/],
  ['more worker VMs than cores', { workersPerHost: '40' }, 'workersPerHost', /at least one vCPU/],
  ['worker VMs too small for one pod', { workersPerHost: '32', memory: '8192' }, 'workersPerHost', /does not fit in a worker VM/],
  ['DaemonSet pods filling every slot', { daemonPods: '110' }, 'daemonPods', /every pod slot/],
  ['DaemonSets taking all the memory', { daemonMemory: '130000' }, 'daemonMemory', /all of a host's allocatable memory/],
  ['a surge of zero', { surge: '0' }, 'surge', /at least 1/],
];
for (const [name, params, field, message] of bad) {
  test(`parseVmc: ${name} is an error on ${field}, and the text is kept`, () => {
    const parsed = parseVmc(params);
    assert.equal(parsed.input, null);
    assert.match(parsed.errors[field as keyof typeof parsed.errors] ?? '', message);
    assert.equal(parsed.raw[field as keyof typeof parsed.raw], params[field]);
  });
}
