import { allocatableFor, allocatableFrom, type Allocatable, type NodeShape } from '../shared/allocatable.ts';
import { podCapacity, type PodCapacity } from '../shared/pod-capacity.ts';
import type { KubeletRule, VmcInput } from './fields.ts';
import { hostsFor, overheadOf, type MemoryUse, type OptionResult } from './option.ts';
import { RUNTIME_OVERHEAD } from './runtimes.ts';

const GiB = 1024;

/** Allocatable of one node (millicores, MiB) under a reservation rule; "none" reserves nothing, not even eviction. */
export function nodeAllocatable(rule: KubeletRule, node: NodeShape): Allocatable {
  if (rule !== 'none') return allocatableFor(rule, node);
  return allocatableFrom({ cpuMillicores: node.cpuCores * 1000, memoryMiB: node.memoryGiB * GiB }, { cpuMillicores: 0, memoryMiB: 0 }, 0);
}

/** One pod's requests plus its RuntimeClass overhead (millicores, MiB). */
export function podRequest(input: VmcInput): { cpuMillicores: number; memoryMiB: number } {
  const o = RUNTIME_OVERHEAD[input.runtime];
  return { cpuMillicores: input.cpu * 1000 + o.cpuMillicores, memoryMiB: input.memory + o.memoryMiB };
}

/** Pods one node of this shape holds after its kubelet reservations and DaemonSets, and what the node reserves. */
export function nodeCapacity(input: VmcInput, node: NodeShape): { allocatable: Allocatable; pods: PodCapacity } {
  const allocatable = nodeAllocatable(input.reserved, node);
  const daemons = { cpuMillicores: input.daemonCpu * 1000, memoryMiB: input.daemonMemory, pods: input.daemonPods };
  return { allocatable, pods: podCapacity(allocatable, input.maxPods, daemons, podRequest(input)) };
}

/** Memory one node holds back from pods: kubelet reservations and the eviction threshold (MiB). */
export function nodeSystemMiB(a: Allocatable): number {
  return a.reservedMemoryMiB + a.evictionMemoryMiB;
}

/** What stops a Kubernetes node holding more pods, in words, by binding resource. */
export const LIMIT_WORDS = { cpu: 'allocatable CPU', memory: 'allocatable memory', 'max-pods': 'the max-pods limit' } as const;

/** The containers option: every host is a Kubernetes node. */
export interface ContainersResult extends OptionResult { node: { allocatable: Allocatable; pods: PodCapacity } }

/** Hosts, density, memory (GiB) when the instances run as pods on bare-metal Kubernetes nodes. */
export function computeContainers(input: VmcInput): ContainersResult {
  const node = nodeCapacity(input, { cpuCores: input.hostCpu, memoryGiB: input.hostMemory, maxPods: input.maxPods });
  const density = node.pods.pods;
  const hosts = hostsFor(input.instances, density);
  const memoryGiB: MemoryUse = {
    workload: (input.instances * input.memory) / GiB,
    system: (hosts * nodeSystemMiB(node.allocatable)) / GiB,
    virtualisation: (input.instances * RUNTIME_OVERHEAD[input.runtime].memoryMiB) / GiB,
    daemonSets: (hosts * input.daemonMemory) / GiB,
    stranded: 0,
  };
  return {
    id: 'containers', node, hosts, density, limit: LIMIT_WORDS[node.pods.binding], memoryGiB,
    overheadMemoryGiB: overheadOf(memoryGiB), strandedCpu: 0, strandedMemoryGiB: 0,
  };
}
