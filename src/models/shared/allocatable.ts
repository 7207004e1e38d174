/**
 * Node allocatable: what the scheduler can hand to pods on one machine.
 * Allocatable = capacity - kube-reserved - system-reserved - hard-eviction threshold
 * https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/
 * The providers' rules follow their own code (see each constant); the providers compute their reservations from the
 * machine's nominal size, and the kubelet subtracts them from the capacity it measures, which is lower.
 */

/** How the kubelet's reservations are set: a managed provider's rule, or kubeadm's upstream defaults. */
export const reservationRules = ['gke', 'eks', 'aks', 'kubeadm'] as const;
export type ReservationRule = (typeof reservationRules)[number];

export interface NodeShape {
  cpuCores: number;
  /** Nominal memory: what the machine type advertises. */
  memoryGiB: number;
  maxPods: number;
  /** The pod count the provider sized its reservation for, where it differs from maxPods (EKS AMIs: the ENI limit). */
  reservationPods?: number | null;
  /** The memory the kubelet reports as capacity, where known; lower than nominal (kernel and firmware). */
  capacityMemoryGiB?: number | null;
}

/** Reservations and the resulting allocatable of one machine, CPU in millicores and memory in MiB. */
export interface Allocatable {
  reservedCpuMillicores: number;
  reservedMemoryMiB: number;
  evictionMemoryMiB: number;
  allocatableCpuMillicores: number;
  allocatableMemoryMiB: number;
  /** The memory allocatable was taken from, and whether that is the kubelet's reported capacity or the nominal size. */
  capacityMemoryMiB: number;
  capacityFrom: 'kubelet' | 'nominal';
}

const MiB_PER_GiB = 1024;

/** The upstream formula, for any reservations (all in millicores / MiB). */
export function allocatableFrom(capacity: { cpuMillicores: number; memoryMiB: number },
  reserved: { cpuMillicores: number; memoryMiB: number }, evictionMemoryMiB: number, capacityFrom: Allocatable['capacityFrom'] = 'nominal'): Allocatable {
  return {
    reservedCpuMillicores: reserved.cpuMillicores,
    reservedMemoryMiB: reserved.memoryMiB,
    evictionMemoryMiB,
    allocatableCpuMillicores: Math.max(0, capacity.cpuMillicores - reserved.cpuMillicores),
    allocatableMemoryMiB: Math.max(0, capacity.memoryMiB - reserved.memoryMiB - evictionMemoryMiB),
    capacityMemoryMiB: capacity.memoryMiB,
    capacityFrom,
  };
}

/** Sum of rate x amount over marginal brackets [[upTo, rate], ...], like tax brackets: the shape of every provider's table. */
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

/**
 * CPU brackets (millicores) shared by GKE and EKS: 6% of the first core, 1% of the next, 0.5% of the next 2, 0.25%
 * above 4. GoogleCloudPlatform/cluster-autoscaler pkg/cloudprovider/gke/reserved.go (cpuReservedMillicores);
 * awslabs/amazon-eks-ami nodeadm/internal/kubelet/config.go, whose comments credit GKE.
 */
export const GKE_CPU_TIERS = [[1000, 0.06], [2000, 0.01], [4000, 0.005], [Infinity, 0.0025]] as const;
/**
 * GKE memory brackets (MiB): 25%, 20%, 10%, 6%, 2%, at 4, 8, 16 and 128 "GB", where the code counts a GB as
 * 1000 MiB ("duplicating an upstream bug", reserved.go mbPerGB), so the thresholds are 4000, 8000, 16000, 128000 MiB.
 */
export const GKE_MEMORY_TIERS = [[4000, 0.25], [8000, 0.2], [16000, 0.1], [128000, 0.06], [Infinity, 0.02]] as const;
/** GKE reserves a flat 255 MiB on machines of at most 1000 MiB. */
export const GKE_SMALL_MACHINE_MiB = 255;
export const GKE_SMALL_MACHINE_LIMIT_MiB = 1000;
/** GKE adds 400m of kube-reserved CPU when max pods per node is above 110 (reserved.go, additionalKubeletMilliCPUReservationForHighMaxPodsPerNode). */
export const GKE_HIGH_MAX_PODS = 110;
export const GKE_HIGH_MAX_PODS_CPU_MILLICORES = 400;
/** Hard eviction threshold memory.available<100Mi: GKE, EKS (nodeadm evictionHard), AKS 1.29+ and the kubelet default. */
export const EVICTION_MEMORY_MiB = 100;
/** EKS kube-reserved memory = 11 MiB x pods + 255 MiB (nodeadm getMemoryMebibytesToReserve; Karpenter kubeReservedResources). */
export const EKS_MiB_PER_POD = 11;
export const EKS_BASE_MiB = 255;
/** AKS 1.29+ kube-reserved memory = min(20 MB x max pods + 50 MB, 25% of memory) (Microsoft's node-reservation doc). */
export const AKS_MB_PER_POD = 20;
export const AKS_BASE_MB = 50;
export const AKS_MAX_MEMORY_SHARE = 0.25;
/** Microsoft writes MB, and means them: 10^6 bytes, which is 0.953674 MiB. */
export const MiB_PER_MB = 1e6 / 2 ** 20;
/**
 * AKS kube-reserved CPU (millicores per core in each bracket): 60 for the first core, 40 for the second, 20 for cores
 * 3 and 4, 10 for every core above. It reproduces Microsoft's table (1: 60 ... 64: 740) exactly
 * (Azure/karpenter-provider-azure reservedCPUTaxVCPU), and goes on past 64 cores.
 */
export const AKS_CPU_TIERS = [[1, 60], [2, 40], [4, 20], [Infinity, 10]] as const;

/** EKS CPU: the GKE brackets, with nodeadm's integer division per bracket. */
function eksCpuMillicores(cpuMillicores: number): number {
  let total = 0;
  let floor = 0;
  for (const [upTo, rate] of GKE_CPU_TIERS) {
    if (cpuMillicores <= floor) break;
    total += Math.floor((Math.min(cpuMillicores, upTo) - floor) * rate);
    floor = upTo;
  }
  return total;
}

/** Reserved CPU (millicores) and memory (MiB) for a machine under a provider's rule, before eviction, from its nominal size. */
export function reservationFor(rule: ReservationRule, node: NodeShape): { cpuMillicores: number; memoryMiB: number } {
  const memoryMiB = node.memoryGiB * MiB_PER_GiB;
  const cpuMillicores = node.cpuCores * 1000;
  const pods = node.reservationPods ?? node.maxPods;
  switch (rule) {
    case 'gke':
      return {
        cpuMillicores: Math.floor(tiered(cpuMillicores, GKE_CPU_TIERS)) + (node.maxPods > GKE_HIGH_MAX_PODS ? GKE_HIGH_MAX_PODS_CPU_MILLICORES : 0),
        memoryMiB: Math.floor(memoryMiB) <= GKE_SMALL_MACHINE_LIMIT_MiB ? GKE_SMALL_MACHINE_MiB : Math.floor(tiered(Math.floor(memoryMiB), GKE_MEMORY_TIERS)),
      };
    case 'eks':
      return { cpuMillicores: eksCpuMillicores(cpuMillicores), memoryMiB: EKS_MiB_PER_POD * pods + EKS_BASE_MiB };
    case 'aks':
      return {
        cpuMillicores: tiered(node.cpuCores, AKS_CPU_TIERS),
        memoryMiB: Math.min((AKS_MB_PER_POD * pods + AKS_BASE_MB) * MiB_PER_MB, AKS_MAX_MEMORY_SHARE * memoryMiB),
      };
    case 'kubeadm':
      return { cpuMillicores: 0, memoryMiB: 0 };
  }
}

/** Allocatable CPU (millicores) and memory (MiB) of one machine under a provider's rule, from the kubelet's capacity where known. */
export function allocatableFor(rule: ReservationRule, node: NodeShape): Allocatable {
  const measured = node.capacityMemoryGiB ?? null;
  return allocatableFrom(
    { cpuMillicores: node.cpuCores * 1000, memoryMiB: (measured ?? node.memoryGiB) * MiB_PER_GiB },
    reservationFor(rule, node),
    EVICTION_MEMORY_MiB,
    measured === null ? 'nominal' : 'kubelet',
  );
}
