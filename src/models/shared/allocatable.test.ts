import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aksCpuMillicores, allocatableFor, allocatableFrom, tiered, GKE_CPU_TIERS, type NodeShape, type ReservationRule } from './allocatable.ts';

const close = (actual: number, expected: number, tolerance = 0.01) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `expected ${expected}, got ${actual}`);

// Cases from ../shared/reference/facts.md section 4; each names its source.
const cases: Array<{ name: string; rule: ReservationRule; node: NodeShape; cpuReserved: number; memReserved: number; memAllocatable: number }> = [
  { name: 'GKE 4 vCPU / 16 GiB (plan-node-sizes tiers): 80 m, 2662.4 MiB, ~13,622 MiB allocatable', rule: 'gke', node: { cpuCores: 4, memoryGiB: 16, maxPods: 110 }, cpuReserved: 80, memReserved: 2662.4, memAllocatable: 13621.6 },
  { name: 'GKE 8 vCPU / 32 GiB (plan-node-sizes tiers): 90 m, 3645.44 MiB, ~29,023 MiB allocatable', rule: 'gke', node: { cpuCores: 8, memoryGiB: 32, maxPods: 110 }, cpuReserved: 90, memReserved: 3645.44, memAllocatable: 29022.56 },
  { name: 'GKE machine under 1 GiB reserves a flat 255 MiB', rule: 'gke', node: { cpuCores: 1, memoryGiB: 0.5, maxPods: 110 }, cpuReserved: 60, memReserved: 255, memAllocatable: 512 - 255 - 100 },
  { name: 'EKS m5.large, 29 max pods (nodeadm): 11x29+255 = 574 MiB, 70 m, 7,518 MiB allocatable', rule: 'eks', node: { cpuCores: 2, memoryGiB: 8, maxPods: 29 }, cpuReserved: 70, memReserved: 574, memAllocatable: 7518 },
  { name: 'EKS m5.xlarge, 58 max pods (nodeadm): 893 MiB, 80 m, 15,391 MiB allocatable', rule: 'eks', node: { cpuCores: 4, memoryGiB: 16, maxPods: 58 }, cpuReserved: 80, memReserved: 893, memAllocatable: 15391 },
  { name: 'AKS 1.29+ 8 GB, 30 pods (AKS doc example): 20x30+50 = 650 reserved', rule: 'aks', node: { cpuCores: 2, memoryGiB: 8, maxPods: 30 }, cpuReserved: 100, memReserved: 650, memAllocatable: 8192 - 650 - 100 },
  { name: 'AKS 1.29+ 4 GB, 70 pods (AKS doc example): the 25% cap applies instead of 1450', rule: 'aks', node: { cpuCores: 4, memoryGiB: 4, maxPods: 70 }, cpuReserved: 140, memReserved: 1024, memAllocatable: 4096 - 1024 - 100 },
  { name: 'kubeadm upstream defaults: nothing reserved, only the 100 MiB eviction threshold', rule: 'kubeadm', node: { cpuCores: 4, memoryGiB: 16, maxPods: 110 }, cpuReserved: 0, memReserved: 0, memAllocatable: 16384 - 100 },
];

for (const c of cases) {
  test(`allocatableFor: ${c.name}`, () => {
    const a = allocatableFor(c.rule, c.node);
    close(a.reservedCpuMillicores, c.cpuReserved);
    close(a.reservedMemoryMiB, c.memReserved);
    close(a.allocatableMemoryMiB, c.memAllocatable);
    close(a.allocatableCpuMillicores, c.node.cpuCores * 1000 - c.cpuReserved);
  });
}

test('allocatableFor: GKE 4 vCPU / 16 GiB is 3.92 vCPU and 13.30 GiB allocatable (facts 4.2 table)', () => {
  const a = allocatableFor('gke', { cpuCores: 4, memoryGiB: 16, maxPods: 110 });
  close(a.allocatableCpuMillicores / 1000, 3.92, 0.001);
  close(a.allocatableMemoryMiB / 1024, 13.30, 0.005);
});

test('allocatableFrom: the reserve-compute-resources worked example gives 14.5 CPU and 28.5 Gi', () => {
  // 16 CPU, 32 Gi; kube-reserved cpu=1, memory=2Gi; system-reserved cpu=500m, memory=1Gi; eviction memory 500Mi.
  const a = allocatableFrom({ cpuMillicores: 16000, memoryMiB: 32768 }, { cpuMillicores: 1500, memoryMiB: 3072 }, 500);
  assert.equal(a.allocatableCpuMillicores, 14500);
  close(a.allocatableMemoryMiB / 1024, 28.5, 0.02); // the doc rounds 28.51 Gi to 28.5
});

test('tiered: GKE CPU for 16 cores is 110 m (facts 4.2 check row)', () => close(tiered(16, GKE_CPU_TIERS) * 1000, 110));

const aksTable: Array<[number, number]> = [[1, 60], [2, 100], [4, 140], [8, 180], [16, 260], [32, 420], [64, 740]];
for (const [cores, millicores] of aksTable) {
  test(`aksCpuMillicores: ${cores} cores reserve ${millicores} m (AKS table)`, () => close(aksCpuMillicores(cores), millicores));
}
test('aksCpuMillicores: between rows it interpolates (6 cores -> 160 m)', () => close(aksCpuMillicores(6), 160));
