import { machinesOf, type Machine, type Role } from '../../shared/machines.ts';
import type { Topology } from '../../shared/topology.ts';
import type { HaResult } from '../compute.ts';
import type { HaInput } from '../inputs.ts';

/** What every export needs of a sized plan: its machines, named and zoned as the sizer's diagram shows them, and their settings. */
export interface ExportPlan {
  topology: Topology;
  zones: number;
  machines: readonly Machine[];
  controlPlanes: number;
  etcd: number;
  workers: number;
  /** Every machine has this size (the sizer plans one machine type). */
  node: { cpuCores: number; memoryGiB: number };
  /** The kubelet settings the plan was sized with. */
  kubelet: { maxPods: number; kubeReservedCpuMillicores: number; kubeReservedMemoryMiB: number; evictionMemoryMiB: number };
  /** Whose reservation rule the kubelet settings follow, in words ("GKE's rule"). */
  reservedBy: string;
}

const RULE_WORDS: Record<HaInput['reserved'], string> = { gke: 'GKE\'s rule', eks: 'EKS\'s rule', aks: 'AKS\'s rule (1.29+)', kubeadm: 'kubeadm\'s defaults' };

/** The export view of a plan: the sizer's inputs and result, reduced to machines and kubelet settings. */
export function exportPlanOf(input: HaInput, r: HaResult): ExportPlan {
  const counts = { controlPlanes: r.controlPlaneMachines, etcd: r.etcdMachines, workers: r.workerMachines };
  return {
    topology: input.topology,
    zones: input.zones,
    machines: machinesOf({ topology: input.topology, zones: input.zones, ...counts }),
    ...counts,
    node: { cpuCores: input.nodeCpu, memoryGiB: input.nodeMemory },
    kubelet: {
      maxPods: input.maxPods,
      // The kubelet takes whole millicores and MiB; rounding up keeps allocatable at or below what the plan assumed.
      kubeReservedCpuMillicores: Math.ceil(r.allocatable.reservedCpuMillicores),
      kubeReservedMemoryMiB: Math.ceil(r.allocatable.reservedMemoryMiB),
      evictionMemoryMiB: r.allocatable.evictionMemoryMiB,
    },
    reservedBy: RULE_WORDS[input.reserved],
  };
}

/** The machines of one role. */
export const machinesWith = (plan: ExportPlan, role: Role) => plan.machines.filter((m) => m.role === role);

/** The numbers in the names of one role's machines in one zone (cp-1 -> 1), in order. */
export function numbersIn(plan: ExportPlan, role: Role, zone: number): number[] {
  return machinesWith(plan, role).filter((m) => m.zone === zone).map((m) => Number(m.id.slice(m.id.lastIndexOf('-') + 1)));
}

/** The zones, 0-based, in order. */
export const zoneIndexes = (plan: ExportPlan) => Array.from({ length: plan.zones }, (_, z) => z);
