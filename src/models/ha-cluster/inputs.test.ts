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

// The inputs the providers' code made necessary (issue: reservations checked against the providers' own code).
const badNew: Array<[string, Record<string, string>, string, RegExp]> = [
  ['a kubelet capacity above the nominal memory', { capacityMemory: '17' }, 'capacityMemory', /less than the machine's nominal memory \(16 GiB\)/],
  ['kubeadm and one CPU: its preflight minimum', { reserved: 'kubeadm', nodeCpu: '1' }, 'nodeCpu', /fewer than 2 CPUs \(ControlPlaneNumCPU\)/],
  ['kubeadm and 1 GiB: its preflight minimum', { reserved: 'kubeadm', nodeMemory: '1' }, 'nodeMemory', /less than 1,700 MiB of memory \(ControlPlaneMem\)/],
  ['kubeadm and a kubelet capacity under its minimum', { reserved: 'kubeadm', nodeMemory: '2', capacityMemory: '1.6' }, 'capacityMemory', /ControlPlaneMem/],
  ['no pods for the reservation', { reservationPods: '0' }, 'reservationPods', /at least 1/],
  ['a negative control-plane reserve', { controlPlaneMemory: '-1' }, 'controlPlaneMemory', /at least 0/],
  ['more than GKE\'s 256 pods per node', { maxPods: '257' }, 'maxPods', /at most 256 pods \(GKE allows up to 256/],
];
for (const [name, params, field, message] of badNew) {
  test(`haCluster.parse: ${name} is an error on ${field}, and the text is kept`, () => {
    const parsed = parseHa(params);
    assert.equal(parsed.input, null);
    assert.match(parsed.errors[field as keyof typeof parsed.errors] ?? '', message);
    assert.equal(parsed.raw[field as keyof typeof parsed.raw], params[field]);
  });
}

test('haCluster.parse: the new inputs left empty mean max pods and the nominal memory; 256 max pods is allowed', () => {
  const { input } = parseHa({ maxPods: '256' });
  assert.equal(input?.reservationPods, null);
  assert.equal(input?.capacityMemory, null);
  assert.equal(input?.controlPlaneMemory, 1700);
  assert.equal(input?.maxPods, 256);
});
