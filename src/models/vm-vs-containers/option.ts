/** The three ways of running the service, in the order the page shows them. */
export const optionIds = ['vm', 'containers', 'nested'] as const;
export type OptionId = (typeof optionIds)[number];

/** Each option keeps one --chart-N colour token in every chart and bar. */
export const OPTION_TONES = { vm: 2, containers: 1, nested: 4 } as const satisfies Record<OptionId, 1 | 2 | 3 | 4 | 5>;

/** Display names of the options. */
export const OPTION_LABELS: Record<OptionId, string> = {
  vm: 'VMs on OpenStack',
  containers: 'Containers on bare metal',
  nested: 'Containers in VMs',
};

/** Where the hosts' memory goes, summed over every host (GiB). */
export interface MemoryUse {
  /** What the instances themselves need. */
  workload: number;
  /** Host and guest operating systems: Nova's host reservation, guest OS memory, kubelet reservations and eviction. */
  system: number;
  /** Hypervisor memory per VM and the runtime's per-pod overhead. */
  virtualisation: number;
  daemonSets: number;
  /** Held by VMs but not needed: flavor rounding (VMs) or what is left when a host does not split evenly (nested). */
  stranded: number;
}

/** One option's answer: hosts, density, memory and stranded resources. */
export interface OptionResult {
  id: OptionId;
  hosts: number;
  /** The most instances one host holds. */
  density: number;
  /** What stops a host holding more, in words. */
  limit: string;
  memoryGiB: MemoryUse;
  /** Memory spent on anything but the workload, over all hosts (GiB); stranded memory is not counted. */
  overheadMemoryGiB: number;
  /** Allocated to VMs and not needed by the workload, over all hosts (vCPU). */
  strandedCpu: number;
  strandedMemoryGiB: number;
}

/** Hosts needed for `instances` at a density (at least one instance per host, guaranteed by the input checks). */
export function hostsFor(instances: number, density: number): number {
  return density > 0 ? Math.ceil(instances / density) : Number.POSITIVE_INFINITY;
}

/** Sums a memory use into the overhead figure: everything but the workload and stranded memory (GiB). */
export function overheadOf(m: MemoryUse): number {
  return m.system + m.virtualisation + m.daemonSets;
}

/** The smallest of named limits, and the name of the one that binds (the first on ties). */
export function tightest<K extends string>(limits: Record<K, number>): { value: number; key: K } {
  let key = Object.keys(limits)[0] as K;
  for (const k of Object.keys(limits) as K[]) if (limits[k] < limits[key]) key = k;
  return { value: limits[key], key };
}
