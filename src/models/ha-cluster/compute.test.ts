import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeHa } from './compute.ts';
import { defaults } from '../shared/fields.ts';
import { haFields, type HaInput } from './inputs.ts';

const base: HaInput = defaults(haFields);
const small = { replicas: 10, podCpu: 0.25, podMemory: 256 };

// Named scenarios: the talk's claims (via the etcd FAQ quorum table) and kubeadm's HA topologies.
const scenarios: Array<{ name: string; input: Partial<HaInput>; expect: Record<string, number | boolean> }> = [
  { name: 'the talk: one converged machine runs a whole cluster (no failure survived)', input: { ...small, topology: 'converged', tolerate: 0 },
    expect: { etcdMembers: 1, controlPlane: 1, etcdMachines: 0, workers: 0, total: 1, survived: 0 } },
  { name: 'the talk: three converged machines give HA (etcd 3, quorum 2, survives 1)', input: { ...small, topology: 'converged', tolerate: 1 },
    expect: { etcdMembers: 3, quorum: 2, controlPlane: 3, workers: 0, total: 3, survived: 1 } },
  { name: 'kubeadm stacked HA, defaults: 3 control plane + 6 workers of 7 pods (CPU binds)', input: {},
    expect: { etcdMembers: 3, controlPlane: 3, workers: 6, total: 9, podsPerWorker: 7, survived: 1 } },
  { name: 'kubeadm external etcd: 3 etcd + 2 API servers + 6 workers', input: { topology: 'external' },
    expect: { etcdMembers: 3, controlPlane: 2, etcdMachines: 3, workers: 6, total: 11, survived: 1 } },
  { name: 'three zones: a zone of workers may go, so 8 workers (8 - 3 = 5 hold 30 pods)', input: { zones: 3 },
    expect: { etcdMembers: 3, workers: 8, total: 11, zoneLoss: true, survived: 1 } },
  { name: 'two zones: no etcd size survives losing the larger zone', input: { zones: 2 },
    expect: { etcdMembers: 3, zoneLoss: false } },
  { name: 'tolerate 2 in one zone: 5 etcd members (the FAQ suggestion)', input: { tolerate: 2 },
    expect: { etcdMembers: 5, quorum: 3, controlPlane: 5, workers: 7, survived: 2 } },
];

for (const s of scenarios) {
  test(`computeHa: ${s.name}`, () => {
    const r = computeHa({ ...base, ...s.input });
    const actual: Record<string, number | boolean> = {
      etcdMembers: r.etcd.members, quorum: r.etcd.quorum, controlPlane: r.controlPlaneMachines, etcdMachines: r.etcdMachines,
      workers: r.workerMachines, total: r.totalMachines, podsPerWorker: r.worker.pods, survived: r.survival.plan, zoneLoss: r.zoneLoss.survived,
    };
    for (const [key, value] of Object.entries(s.expect)) assert.equal(actual[key], value, key);
  });
}

test('computeHa: defaults report CPU as the binding resource and utilisation of the workers', () => {
  const r = computeHa(base);
  assert.equal(r.worker.binding, 'cpu');
  // 30 pods x 0.5 cores over 6 workers x 3.92 allocatable cores.
  assert.ok(Math.abs(r.cpuUtilizationPercent - (100 * 15) / (6 * 3.92)) < 1e-9);
});

test('computeHa: max pods binds when pods are tiny', () => {
  const r = computeHa({ ...base, podCpu: 0.001, podMemory: 1, maxPods: 20 });
  assert.equal(r.worker.binding, 'max-pods');
  assert.equal(r.worker.pods, 17);
});

test('computeHa: converged machines hold fewer pods than workers (control-plane requests 650m, 100 MiB)', () => {
  const r = computeHa({ ...base, topology: 'converged' });
  assert.ok(r.converged);
  // (3920 - 200 - 650) / 500 = 6.14 -> 6 pods, one fewer than a dedicated worker.
  assert.equal(r.converged.pods, 6);
});

test('computeHa: more machines than Kubernetes supports is a warning, not a crash', () => {
  const r = computeHa({ ...base, replicas: 150000 });
  assert.ok(r.totalMachines > 5000);
  assert.match(r.warnings.join(' '), /5,000 nodes/);
});

test('computeHa: EKS reserves for the pods its AMI sized the reservation for, not max pods (amazon-eks-ami nodeadm)', () => {
  const byMaxPods = computeHa({ ...base, reserved: 'eks', maxPods: 110 });
  const byEniPods = computeHa({ ...base, reserved: 'eks', maxPods: 110, reservationPods: 58 });
  assert.equal(byMaxPods.allocatable.reservedMemoryMiB, 11 * 110 + 255);
  assert.equal(byEniPods.allocatable.reservedMemoryMiB, 11 * 58 + 255);
});

test('computeHa: allocatable comes off the capacity the kubelet reports when it is given, and says so', () => {
  const nominal = computeHa(base);
  const measured = computeHa({ ...base, capacityMemory: 15.5 });
  assert.equal(nominal.allocatable.capacityFrom, 'nominal');
  assert.equal(measured.allocatable.capacityFrom, 'kubelet');
  assert.equal(nominal.allocatable.allocatableMemoryMiB - measured.allocatable.allocatableMemoryMiB, 0.5 * 1024);
});

test('computeHa: a larger control-plane reserve leaves converged machines fewer pods (8 GiB, the etcd guide\'s typical figure)', () => {
  const small = computeHa({ ...base, topology: 'converged', podCpu: 0.1 });
  const heavy = computeHa({ ...base, topology: 'converged', podCpu: 0.1, controlPlaneMemory: 8192 });
  assert.ok(heavy.converged!.pods < small.converged!.pods);
  assert.equal(heavy.converged!.binding, 'memory');
});

test('computeHa: GKE reserves 400m more CPU per machine above 110 max pods (reserved.go)', () => {
  assert.equal(computeHa({ ...base, maxPods: 111 }).allocatable.reservedCpuMillicores - computeHa(base).allocatable.reservedCpuMillicores, 400);
});
