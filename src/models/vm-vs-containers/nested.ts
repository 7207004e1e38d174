import type { Allocatable } from '../shared/allocatable.ts';
import type { PodCapacity } from '../shared/pod-capacity.ts';
import { LIMIT_WORDS, nodeCapacity, nodeSystemMiB } from './containers.ts';
import type { VmcInput } from './fields.ts';
import { hostsFor, overheadOf, type MemoryUse, type OptionResult } from './option.ts';
import { RUNTIME_OVERHEAD } from './runtimes.ts';

const GiB = 1024;

/**
 * The size of each Kubernetes worker VM when a host is split into `workersPerHost` equal VMs: whole vCPUs, and
 * the memory left after Nova's host reservation and each VM's hypervisor overhead (MiB). No overcommit, because
 * the kubelet hands out its memory as if it were real. Inside, the guest OS takes `guestMemory` of it.
 */
export function workerShape(input: VmcInput): { vcpu: number; memoryMiB: number } {
  const n = input.workersPerHost;
  return {
    vcpu: Math.floor(input.hostCpu / n),
    memoryMiB: Math.max(0, Math.floor((input.hostMemory * GiB - input.reservedHostMemory - n * input.vmOverhead) / n)),
  };
}

/** The nested option: Kubernetes workers as VMs on the hosts, so both layers' overheads stack. */
export interface NestedResult extends OptionResult {
  worker: { vcpu: number; memoryMiB: number; allocatable: Allocatable; pods: PodCapacity };
  /** Worker VMs running in all (every host is split, so hosts x workersPerHost). */
  workers: number;
}

/** Hosts, density, memory (GiB) and stranded cores when pods run on worker VMs carved out of the hosts. */
export function computeNested(input: VmcInput): NestedResult {
  const shape = workerShape(input);
  // Each worker VM runs a guest OS, as every VM of the VM option does: its kubelet sees that much less memory.
  const capacityMiB = Math.max(0, shape.memoryMiB - input.guestMemory);
  const node = nodeCapacity(input, { cpuCores: shape.vcpu, memoryGiB: shape.memoryMiB / GiB, maxPods: input.maxPods, capacityMemoryGiB: capacityMiB / GiB });
  const n = input.workersPerHost;
  const density = n * node.pods.pods;
  const hosts = hostsFor(input.instances, density);
  const workers = hosts * n;
  const leftoverMiB = input.hostMemory * GiB - input.reservedHostMemory - n * (input.vmOverhead + shape.memoryMiB);
  const memoryGiB: MemoryUse = {
    workload: (input.instances * input.memory) / GiB,
    system: (hosts * input.reservedHostMemory + workers * (input.guestMemory + nodeSystemMiB(node.allocatable))) / GiB,
    virtualisation: (workers * input.vmOverhead + input.instances * RUNTIME_OVERHEAD[input.runtime].memoryMiB) / GiB,
    daemonSets: (workers * input.daemonMemory) / GiB,
    stranded: (hosts * Math.max(0, leftoverMiB)) / GiB,
  };
  return {
    id: 'nested', worker: { ...shape, ...node }, workers, hosts, density,
    limit: `each worker VM's ${LIMIT_WORDS[node.pods.binding]}`, memoryGiB,
    overheadMemoryGiB: overheadOf(memoryGiB),
    strandedCpu: hosts * (input.hostCpu - n * shape.vcpu),
    strandedMemoryGiB: memoryGiB.stranded,
  };
}
