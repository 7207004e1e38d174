import { CONTROL_PLANE_REQUESTS } from './control-plane-requests.ts';
import type { HaResult } from './compute.ts';
import type { HaInput } from './inputs.ts';

export type SegmentKind = 'kernel' | 'reserved' | 'eviction' | 'control-plane' | 'daemonsets' | 'pods' | 'free';

export interface Segment { kind: SegmentKind; label: string; amount: number; percent: number }

/** Where one machine's CPU (cores) and memory (GiB) go, for the busiest machine of a kind; segments sum to capacity. */
export interface Breakdown { title: string; pods: number; cpu: Segment[]; memory: Segment[] }

const LABELS: Record<SegmentKind, string> = {
  kernel: 'Below nominal: not in the kubelet\'s capacity', reserved: 'Reserved for the OS and kubelet', eviction: 'Eviction threshold', 'control-plane': 'Control plane',
  daemonsets: 'DaemonSets', pods: 'Requested by pods', free: 'Left free',
};

function segments(capacity: number, parts: Array<[SegmentKind, number]>): Segment[] {
  const used = parts.reduce((sum, [, amount]) => sum + amount, 0);
  return [...parts, ['free', Math.max(0, capacity - used)] as [SegmentKind, number]]
    .filter(([kind, amount]) => amount > 0 || kind === 'pods' || kind === 'free')
    .map(([kind, amount]) => ({ kind, label: LABELS[kind], amount, percent: capacity > 0 ? (100 * amount) / capacity : 0 }));
}

/** Breakdowns for a worker and, when converged, a converged machine. */
export function breakdowns(input: HaInput, r: HaResult): Breakdown[] {
  const machine = (title: string, pods: number, controlPlane: boolean): Breakdown => ({
    title, pods,
    cpu: segments(input.nodeCpu, [
      ['reserved', r.allocatable.reservedCpuMillicores / 1000],
      ['control-plane', controlPlane ? CONTROL_PLANE_REQUESTS.cpuMillicores / 1000 : 0],
      ['daemonsets', input.daemonCpu],
      ['pods', pods * input.podCpu],
    ]),
    memory: segments(input.nodeMemory, [
      ['kernel', input.nodeMemory - r.allocatable.capacityMemoryMiB / 1024],
      ['reserved', r.allocatable.reservedMemoryMiB / 1024],
      ['eviction', r.allocatable.evictionMemoryMiB / 1024],
      ['control-plane', controlPlane ? input.controlPlaneMemory / 1024 : 0],
      ['daemonsets', input.daemonMemory / 1024],
      ['pods', (pods * input.podMemory) / 1024],
    ]),
  });
  const list: Breakdown[] = [];
  if (r.workerMachines > 0) list.push(machine('Busiest worker', r.podsOnBusiestWorker, false));
  if (r.converged) list.push(machine('Busiest converged machine', r.podsOnBusiestControlPlane, true));
  return list;
}
