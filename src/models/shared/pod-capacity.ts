import type { Allocatable } from './allocatable.ts';

export type Binding = 'cpu' | 'memory' | 'max-pods';

/** How many workload pods one machine holds, and which resource runs out first. */
export interface PodCapacity {
  pods: number;
  binding: Binding;
  byCpu: number;
  byMemory: number;
  byMaxPods: number;
  /** What is requested on the machine before the workload: DaemonSets (and the control plane when converged). */
  overhead: { cpuMillicores: number; memoryMiB: number; pods: number };
}

// Guards floor() against results like 7.999999999 from decimal inputs.
const EPSILON = 1e-9;
/** How many items of size `each` fit in `available` (same unit); any number when an item has no size. */
export const fits = (available: number, each: number) => (each <= 0 ? Infinity : Math.max(0, Math.floor(available / each + EPSILON)));

/** Pods of the given request that fit on a machine after its overhead; the smallest of CPU, memory and max pods. */
export function podCapacity(alloc: Allocatable, maxPods: number, overhead: PodCapacity['overhead'],
  pod: { cpuMillicores: number; memoryMiB: number }): PodCapacity {
  const byCpu = fits(alloc.allocatableCpuMillicores - overhead.cpuMillicores, pod.cpuMillicores);
  const byMemory = fits(alloc.allocatableMemoryMiB - overhead.memoryMiB, pod.memoryMiB);
  const byMaxPods = Math.max(0, maxPods - overhead.pods);
  const pods = Math.min(byCpu, byMemory, byMaxPods);
  const binding: Binding = pods === byMaxPods ? 'max-pods' : pods === byCpu ? 'cpu' : 'memory';
  return { pods, binding, byCpu, byMemory, byMaxPods, overhead };
}
