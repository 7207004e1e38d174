import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AKS_CPU_TIERS, allocatableFor, allocatableFrom, reservationFor, tiered, type NodeShape, type ReservationRule } from './allocatable.ts';

const close = (actual: number, expected: number, tolerance = 0.01) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `expected ${expected}, got ${actual}`);
const node = (cpuCores: number, memoryMiB: number, maxPods = 110, extra: Partial<NodeShape> = {}): NodeShape => ({ cpuCores, memoryGiB: memoryMiB / 1024, maxPods, ...extra });

// Golden cases from the providers' own test suites, each naming the file it came from.
const GKE_TESTS = 'GoogleCloudPlatform/cluster-autoscaler pkg/cloudprovider/gke/reserved_test.go';
const EKS_TESTS = 'aws/karpenter-provider-aws pkg/providers/instancetype/suite_test.go';
const goldens: Array<{ name: string; rule: ReservationRule; node: NodeShape; cpu?: number; memory?: number }> = [
  { name: `GKE 600 MiB (f1-micro): the flat 255 MiB (${GKE_TESTS})`, rule: 'gke', node: node(1, 600), memory: 255 },
  { name: `GKE 2000 MiB, between thresholds: 500 MiB (${GKE_TESTS})`, rule: 'gke', node: node(1, 2000), memory: 500 },
  { name: `GKE 8000 MiB, at a threshold: 1800 MiB (${GKE_TESTS})`, rule: 'gke', node: node(1, 8000), memory: 1800 },
  { name: `GKE 200,000 MiB, above the highest threshold: 10,760 MiB (${GKE_TESTS})`, rule: 'gke', node: node(1, 200000), memory: 10760 },
  { name: `GKE 4000m CPU: 80m (${GKE_TESTS}, cpu sanity check)`, rule: 'gke', node: node(4, 4096), cpu: 80 },
  { name: `GKE 4000m CPU with 256 max pods: 480m (${GKE_TESTS}, +400m above 110 pods)`, rule: 'gke', node: node(4, 4096, 256), cpu: 480 },
  { name: `GKE 4000m CPU with 32 max pods: 80m (${GKE_TESTS})`, rule: 'gke', node: node(4, 4096, 32), cpu: 80 },
  { name: `GKE 8000m CPU with 256 max pods: 490m (${GKE_TESTS})`, rule: 'gke', node: node(8, 8192, 256), cpu: 490 },
  { name: `GKE 8000m CPU with 32 max pods: 90m (${GKE_TESTS})`, rule: 'gke', node: node(8, 8192, 32), cpu: 90 },
  { name: 'GKE exactly 110 max pods: no extra CPU (reserved.go compares maxPodsPerNode > 110)', rule: 'gke', node: node(4, 4096, 110), cpu: 80 },
  { name: 'GKE 1024 MiB: above 1000 MiB, so 25% (256 MiB), not the flat 255 (reserved.go memoryReservedMiB)', rule: 'gke', node: node(1, 1024), memory: 256 },
  { name: `EKS m5.xlarge, 58 pods from its ENIs: 80m and 893 MiB (${EKS_TESTS}, "should use defaults")`, rule: 'eks', node: node(4, 16384, 58), cpu: 80, memory: 893 },
  { name: `EKS t3.large on AL2023 with maxPods 10: sized for its 35 ENI pods, 640 MiB (${EKS_TESTS})`, rule: 'eks', node: node(2, 8192, 10, { reservationPods: 35 }), cpu: 70, memory: 640 },
  { name: `EKS t3.large on Bottlerocket with maxPods 10: sized for 10 pods, 365 MiB (${EKS_TESTS})`, rule: 'eks', node: node(2, 8192, 10), memory: 365 },
  { name: `EKS t3.large on Bottlerocket with one reserved ENI: 24 pods, 519 MiB (${EKS_TESTS})`, rule: 'eks', node: node(2, 8192, 24), memory: 519 },
  { name: 'EKS 3 ENIs x 6 IPs (t3.medium): 17 pods, 442 MiB (amazon-eks-ami nodeadm/internal/kubelet/eni_max_pods_test.go, derived)', rule: 'eks', node: node(2, 4096, 17), memory: 442 },
  { name: 'AKS 1.29+ 8 GB, 30 pods (Microsoft\'s example): 650 MB = 619.9 MiB', rule: 'aks', node: node(2, 8192, 30), memory: 650 * 1e6 / 2 ** 20 },
  { name: 'AKS 1.29+ 4 GB, 70 pods (Microsoft\'s example): the 25% leg, 1024 MiB, is below 1,450 MB', rule: 'aks', node: node(4, 4096, 70), memory: 1024 },
  { name: 'AKS 3 cores: 120m (Azure/karpenter-provider-azure suite_test.go Tax Calculator)', rule: 'aks', node: node(3, 65536), cpu: 120 },
  { name: 'kubeadm: nothing reserved', rule: 'kubeadm', node: node(4, 16384), cpu: 0, memory: 0 },
];
for (const g of goldens) {
  test(`reservationFor: ${g.name}`, () => {
    const r = reservationFor(g.rule, g.node);
    if (g.cpu !== undefined) close(r.cpuMillicores, g.cpu);
    if (g.memory !== undefined) close(r.memoryMiB, g.memory);
  });
}

const aksTable: Array<[number, number]> = [[1, 60], [2, 100], [4, 140], [8, 180], [16, 260], [32, 420], [64, 740], [96, 1060]];
for (const [cores, millicores] of aksTable) {
  test(`AKS CPU: ${cores} cores reserve ${millicores} m (Microsoft's table; beyond 64 cores, 10 m per core)`, () => close(tiered(cores, AKS_CPU_TIERS), millicores));
}

test('allocatableFor: GKE 4 vCPU / 16 GiB is 3.92 vCPU and 16384 - 2623 - 100 MiB allocatable (1000-MiB tiers)', () => {
  const a = allocatableFor('gke', node(4, 16384));
  assert.equal(a.allocatableCpuMillicores, 3920);
  assert.equal(a.reservedMemoryMiB, 2623);
  assert.equal(a.allocatableMemoryMiB, 16384 - 2623 - 100);
  assert.equal(a.capacityFrom, 'nominal');
});

test('allocatableFor: the kubelet\'s capacity, where given, is what reservations come off; they are still sized from nominal', () => {
  // Karpenter's measured m5.large: 7,220,184 KiB allocatable with 574 MiB reserved and 100 MiB eviction, so a capacity of about 7,725 MiB.
  const a = allocatableFor('eks', node(2, 8192, 29, { capacityMemoryGiB: 7725 / 1024 }));
  assert.equal(a.reservedMemoryMiB, 574);
  close(a.allocatableMemoryMiB, 7220184 / 1024, 1);
  assert.equal(a.capacityFrom, 'kubelet');
  assert.equal(a.capacityMemoryMiB, 7725);
});

test('allocatableFrom: the reserve-compute-resources worked example gives 14.5 CPU and 28.5 Gi', () => {
  // 16 CPU, 32 Gi; kube-reserved cpu=1, memory=2Gi; system-reserved cpu=500m, memory=1Gi; eviction memory 500Mi.
  const a = allocatableFrom({ cpuMillicores: 16000, memoryMiB: 32768 }, { cpuMillicores: 1500, memoryMiB: 3072 }, 500);
  assert.equal(a.allocatableCpuMillicores, 14500);
  close(a.allocatableMemoryMiB / 1024, 28.5, 0.02); // the doc rounds 28.51 Gi to 28.5
});
