import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaults } from '../shared/fields.ts';
import { computeVmc } from './compute.ts';
import { podRequest } from './containers.ts';
import { vmcFields, type VmcInput } from './fields.ts';
import { flavorsFrom } from './flavors.ts';
import { workerShape } from './nested.ts';
import { rollout } from './rollout.ts';

const base: VmcInput = defaults(vmcFields);

// Named cases, each citing the source of the figure that drives it.
const cases: Array<{ name: string; input: Partial<VmcInput>; expect: Record<string, number | string> }> = [
  { name: 'defaults: m1.medium for 0.5 vCPU / 2,560 MiB, Nova RAM ratio 1.0 binds at 31 VMs a host (nova-overcommit-change, nova-flavors)', input: {},
    expect: { vmHosts: 7, vmDensity: 31, flavor: 'm1.medium', containersHosts: 4, containersDensity: 59, nestedHosts: 5, nestedDensity: 48, cheapest: 'containers' } },
  { name: 'Nova before 2023.1 Antelope (16.0 / 1.5): RAM overcommit packs 47 VMs a host, so 5 hosts instead of 7 (nova-overcommit-change)', input: { cpuRatio: 16, ramRatio: 1.5 },
    expect: { vmHosts: 5, vmDensity: 47, containersHosts: 4 } },
  { name: 'kata-qemu adds 250m and 160 MiB to every pod: CPU binds at 42 pods a host (kata-runtimeclasses, k8s-pod-overhead)', input: { runtime: 'kata-qemu' },
    expect: { containersDensity: 42, containersHosts: 5, vmHosts: 7 } },
  { name: 'kata-fc adds 250m and 130 MiB: the same 42 pods, CPU binds (kata-runtimeclasses)', input: { runtime: 'kata-fc' },
    expect: { containersDensity: 42 } },
  { name: 'flavors=exact: no rounding, physical memory (workload + 512 guest + 160 hypervisor) binds at 48 VMs (nova-config)', input: { flavors: ['exact'] },
    expect: { vmDensity: 48, vmHosts: 5, flavor: 'made to measure' } },
  { name: 'many small pods: the 110-pod limit less 3 DaemonSet pods binds a 32-core host at 107 (k8s-large-clusters)', input: { instances: 600, cpu: 0.1, memory: 128 },
    expect: { containersDensity: 107, containersHosts: 6, flavor: 'm1.small', cheapest: 'nested' } },
  { name: 'no overheads at all: the three options converge', input: { reservedHostMemory: 0, vmOverhead: 0, guestMemory: 0, flavors: ['exact'], reserved: 'none', daemonCpu: 0, daemonMemory: 0, daemonPods: 0, workersPerHost: 1 },
    expect: { vmDensity: 64, containersDensity: 64, nestedDensity: 64, vmHosts: 4, containersHosts: 4, nestedHosts: 4 } },
];

for (const c of cases) {
  test(`computeVmc: ${c.name}`, () => {
    const r = computeVmc({ ...base, ...c.input });
    const actual: Record<string, number | string> = {
      vmHosts: r.vm.hosts, vmDensity: r.vm.density, flavor: r.vm.flavor?.name ?? '', containersHosts: r.containers.hosts,
      containersDensity: r.containers.density, nestedHosts: r.nested.hosts, nestedDensity: r.nested.density, cheapest: r.cheapest,
    };
    for (const [key, value] of Object.entries(c.expect)) assert.equal(actual[key], value, key);
  });
}

test('computeVmc: VM memory overhead is Nova\'s 512 MiB per host plus guest OS and hypervisor memory per VM (GiB)', () => {
  const r = computeVmc(base);
  assert.equal(r.vm.overheadMemoryGiB, (7 * 512 + 200 * (512 + 160)) / 1024);
  assert.equal(r.vm.strandedCpu, 200 * 1.5);
  assert.equal(r.vm.strandedMemoryGiB, (200 * (4096 - 2560)) / 1024);
});

test('computeVmc: bare-metal overhead is GKE\'s reservation on a 128 GiB host (9,381 MiB, its code counting a GB as 1000 MiB) + 100 MiB eviction + DaemonSets, per host', () => {
  const r = computeVmc(base);
  const perHostMiB = 9381 + 100 + 256;
  assert.ok(Math.abs(r.containers.overheadMemoryGiB - (4 * perHostMiB) / 1024) < 1e-9);
});

test('podRequest: a 500m / 2,048 MiB pod under kata-qemu requests 750m / 2,208 MiB (kata-runtimeclasses)', () => {
  assert.deepEqual(podRequest({ ...base, runtime: 'kata-qemu' }), { cpuMillicores: 750, memoryMiB: 2208 });
});

test('workerShape: 8 workers split 32 cores and 128 GiB less Nova\'s 512 MiB and 8 x 160 MiB hypervisor memory', () => {
  assert.deepEqual(workerShape(base), { vcpu: 4, memoryMiB: Math.floor((131072 - 512 - 8 * 160) / 8) });
});

test('computeVmc: nested strands the cores that do not divide among worker VMs (32 cores, 5 workers: 2 per host)', () => {
  const r = computeVmc({ ...base, workersPerHost: 5 });
  assert.equal(r.nested.worker.vcpu, 6);
  assert.equal(r.nested.strandedCpu, r.nested.hosts * 2);
});

const rollouts: Array<[string, number, number, number, number, number]> = [
  ['200 instances at the default 25% surge: 50 at a time, 4 waves (k8s-deployment)', 200, 25, 60, 4, 4],
  ['5 instances at 25%: 1.25 rounds up to 2, so 3 waves', 5, 25, 60, 3, 3],
  ['one instance at 1%: at least one at a time', 1, 1, 30, 1, 0.5],
  ['100% surge: everything at once', 40, 100, 5, 1, 5 / 60],
];
for (const [name, instances, surge, seconds, waves, minutes] of rollouts) {
  test(`rollout: ${name}`, () => {
    const r = rollout(instances, surge, seconds);
    assert.equal(r.waves, waves);
    assert.ok(Math.abs(r.minutes - minutes) < 1e-9);
  });
}

test('flavorsFrom: m1 expands to the five old Nova flavors, sizes parse as vCPU x MiB, exact is made to measure', () => {
  const need = { vcpu: 1, memoryMiB: 2560 };
  assert.deepEqual(flavorsFrom(['m1'], need).map((f) => f.name), ['m1.tiny', 'm1.small', 'm1.medium', 'm1.large', 'm1.xlarge']);
  assert.deepEqual(flavorsFrom(['4x8192', '2x4096'], need).map((f) => [f.vcpu, f.memoryMiB]), [[2, 4096], [4, 8192]]);
  assert.deepEqual(flavorsFrom(['exact'], need), [{ name: 'made to measure', vcpu: 1, memoryMiB: 2560 }]);
});

test('computeNested: each worker VM pays the guest OS memory that the VM option charges each VM', () => {
  const without = computeVmc({ ...base, guestMemory: 0 }).nested;
  const withGuest = computeVmc(base).nested;
  assert.equal(withGuest.worker.allocatable.capacityMemoryMiB, without.worker.allocatable.capacityMemoryMiB - base.guestMemory);
  assert.ok(Math.abs(withGuest.memoryGiB.system - without.memoryGiB.system - (withGuest.workers * base.guestMemory) / 1024) < 0.5,
    'the guest OS memory of every worker VM is in the "operating systems" part');
});

test('computeVmc: a Kata pod\'s sandbox and a VM\'s hypervisor are counted the same way, per instance, in the same part', () => {
  // A VM with no guest OS and a Kata pod whose overhead equals the VM's hypervisor memory: the same overhead per instance.
  const input = { ...base, runtime: 'kata-qemu' as const, vmOverhead: 160, guestMemory: 0, flavors: ['exact'] };
  const r = computeVmc(input);
  assert.equal(r.vm.memoryGiB.virtualisation, r.containers.memoryGiB.virtualisation);
  assert.equal(r.vm.memoryGiB.virtualisation, (input.instances * 160) / 1024);
});
