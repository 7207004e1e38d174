/**
 * Node allocatable: what the scheduler can hand to pods on one machine.
 * Allocatable = capacity - kube-reserved - system-reserved - hard-eviction threshold
 * https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/
 */

/** How the kubelet's reservations are set: a managed provider's rule, or kubeadm's upstream defaults. */
export const reservationRules = ['gke', 'eks', 'aks', 'kubeadm'] as const;
export type ReservationRule = (typeof reservationRules)[number];

export interface NodeShape {
  cpuCores: number;
  memoryGiB: number;
  maxPods: number;
}

/** Reservations and the resulting allocatable of one machine, CPU in millicores and memory in MiB. */
export interface Allocatable {
  reservedCpuMillicores: number;
  reservedMemoryMiB: number;
  evictionMemoryMiB: number;
  allocatableCpuMillicores: number;
  allocatableMemoryMiB: number;
}

/** The upstream formula, for any reservations (all in millicores / MiB). */
export function allocatableFrom(capacity: { cpuMillicores: number; memoryMiB: number },
  reserved: { cpuMillicores: number; memoryMiB: number }, evictionMemoryMiB: number): Allocatable {
  return {
    reservedCpuMillicores: reserved.cpuMillicores,
    reservedMemoryMiB: reserved.memoryMiB,
    evictionMemoryMiB,
    allocatableCpuMillicores: Math.max(0, capacity.cpuMillicores - reserved.cpuMillicores),
    allocatableMemoryMiB: Math.max(0, capacity.memoryMiB - reserved.memoryMiB - evictionMemoryMiB),
  };
}

/** Sum of rate x amount over cumulative tiers [[upTo, rate], ...], the shape of GKE's and AKS's tables. */
export function tiered(amount: number, tiers: ReadonlyArray<readonly [number, number]>): number {
  let total = 0;
  let floor = 0;
  for (const [upTo, rate] of tiers) {
    if (amount <= floor) break;
    total += (Math.min(amount, upTo) - floor) * rate;
    floor = upTo;
  }
  return total;
}

/** GKE CPU tiers (cores): 6% of the first core, 1% of the next, 0.5% of the next 2, 0.25% above 4. Also used by EKS. https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes */
export const GKE_CPU_TIERS = [[1, 0.06], [2, 0.01], [4, 0.005], [Infinity, 0.0025]] as const;
/** GKE memory tiers (GiB): 25% of the first 4, 20% of the next 4, 10% of the next 8, 6% of the next 112, 2% above 128. */
export const GKE_MEMORY_TIERS = [[4, 0.25], [8, 0.2], [16, 0.1], [128, 0.06], [Infinity, 0.02]] as const;
/** GKE reserves a flat 255 MiB on machines under 1 GiB. */
export const GKE_SMALL_MACHINE_MiB = 255;
/** Hard eviction threshold memory.available<100Mi: GKE, EKS (nodeadm evictionHard), AKS 1.29+ and the kubelet default. */
export const EVICTION_MEMORY_MiB = 100;
/** EKS kube-reserved memory = 11 MiB x maxPods + 255 MiB (amazon-eks-ami nodeadm kubelet config). */
export const EKS_MiB_PER_POD = 11;
export const EKS_BASE_MiB = 255;
/** AKS 1.29+ kube-reserved memory = min(20 MB x maxPods + 50 MB, 25% of memory); MB read as MiB here. https://learn.microsoft.com/azure/aks/node-resource-reservations */
export const AKS_MiB_PER_POD = 20;
export const AKS_BASE_MiB = 50;
export const AKS_MAX_MEMORY_SHARE = 0.25;
/** AKS kube-reserved CPU (millicores) by core count, from the AKS table; between rows we interpolate linearly. */
export const AKS_CPU_TABLE = [[1, 60], [2, 100], [4, 140], [8, 180], [16, 260], [32, 420], [64, 740]] as const;

/** AKS CPU reservation for any core count: the table, linear between rows, extended along its last segment. */
export function aksCpuMillicores(cores: number): number {
  const t = AKS_CPU_TABLE;
  if (cores <= t[0][0]) return t[0][1] * cores;
  for (let i = 1; i < t.length; i++) {
    const [c0, m0] = t[i - 1];
    const [c1, m1] = t[i];
    if (cores <= c1 || i === t.length - 1) return m0 + ((cores - c0) * (m1 - m0)) / (c1 - c0);
  }
  return t[t.length - 1][1];
}

/** Reserved CPU (millicores) and memory (MiB) for a machine under a provider's rule, before eviction. */
export function reservationFor(rule: ReservationRule, node: NodeShape): { cpuMillicores: number; memoryMiB: number } {
  const memoryMiB = node.memoryGiB * 1024;
  const gkeCpu = tiered(node.cpuCores, GKE_CPU_TIERS) * 1000;
  switch (rule) {
    case 'gke':
      return {
        cpuMillicores: gkeCpu,
        memoryMiB: node.memoryGiB < 1 ? GKE_SMALL_MACHINE_MiB : tiered(node.memoryGiB, GKE_MEMORY_TIERS) * 1024,
      };
    case 'eks':
      return { cpuMillicores: gkeCpu, memoryMiB: EKS_MiB_PER_POD * node.maxPods + EKS_BASE_MiB };
    case 'aks':
      return {
        cpuMillicores: aksCpuMillicores(node.cpuCores),
        memoryMiB: Math.min(AKS_MiB_PER_POD * node.maxPods + AKS_BASE_MiB, AKS_MAX_MEMORY_SHARE * memoryMiB),
      };
    case 'kubeadm':
      return { cpuMillicores: 0, memoryMiB: 0 };
  }
}

/** Allocatable CPU (millicores) and memory (MiB) of one machine under a provider's reservation rule. */
export function allocatableFor(rule: ReservationRule, node: NodeShape): Allocatable {
  return allocatableFrom(
    { cpuMillicores: node.cpuCores * 1000, memoryMiB: node.memoryGiB * 1024 },
    reservationFor(rule, node),
    EVICTION_MEMORY_MiB,
  );
}
