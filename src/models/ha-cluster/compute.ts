import { int } from '../shared/format.ts';
import { allocatableFor, type Allocatable } from '../shared/allocatable.ts';
import { etcdMembersFor, type EtcdSizing } from '../shared/quorum.ts';
import { podCapacity, type PodCapacity } from '../shared/pod-capacity.ts';
import { CONTROL_PLANE_REQUESTS } from './control-plane-requests.ts';
import { controlPlaneSize, type ControlPlaneSize } from './control-plane-size.ts';
import { nodeShapeOf, type HaInput } from './inputs.ts';
import { fewestWorkers, machineFailuresSurvived, zoneLoss, type Layout, type Survival, type ZoneLoss } from './plan.ts';

/** Kubernetes' documented per-cluster node limit (https://kubernetes.io/docs/setup/best-practices/cluster-large/). */
export const MAX_NODES = 5000;

export interface HaResult {
  etcd: EtcdSizing;
  layout: Layout;
  controlPlaneMachines: number;
  etcdMachines: number;
  workerMachines: number;
  totalMachines: number;
  allocatable: Allocatable;
  worker: PodCapacity;
  /** Converged machines also run the control plane, so they hold fewer pods. */
  converged: PodCapacity | null;
  survival: Survival;
  zoneLoss: ZoneLoss;
  /** Percent of pod-running machines' allocatable that the workload requests in normal operation. */
  cpuUtilizationPercent: number;
  memoryUtilizationPercent: number;
  /** Pods on the fullest worker (or converged machine) when the workload is spread evenly. */
  podsOnBusiestWorker: number;
  podsOnBusiestControlPlane: number;
  controlPlaneSize: ControlPlaneSize;
  warnings: string[];
}

/** API servers for external etcd: one more than the failures to survive, and at least two zones' worth when zones >= 2. */
function externalControlPlanes(tolerate: number, zones: number): number {
  return Math.max(tolerate + 1, zones >= 2 ? 2 : 1);
}

/** Sizes the whole cluster: etcd, control plane and the fewest workers that survive the failures asked for. */
export function computeHa(input: HaInput): HaResult {
  const etcd = etcdMembersFor(input.tolerate, input.zones);
  const allocatable = allocatableFor(input.reserved, nodeShapeOf(input));
  const pod = { cpuMillicores: input.podCpu * 1000, memoryMiB: input.podMemory };
  const daemons = { cpuMillicores: input.daemonCpu * 1000, memoryMiB: input.daemonMemory, pods: input.daemonPods };
  const worker = podCapacity(allocatable, input.maxPods, daemons, pod);
  const isConverged = input.topology === 'converged';
  const converged = isConverged
    ? podCapacity(allocatable, input.maxPods, {
      cpuMillicores: daemons.cpuMillicores + CONTROL_PLANE_REQUESTS.cpuMillicores,
      memoryMiB: daemons.memoryMiB + input.controlPlaneMemory,
      pods: daemons.pods + CONTROL_PLANE_REQUESTS.pods,
    }, pod)
    : null;

  const controlPlanes = input.topology === 'external' ? externalControlPlanes(input.tolerate, input.zones) : etcd.members;
  const base = {
    zones: input.zones, etcdMembers: etcd.members, etcdOnControlPlane: input.topology !== 'external',
    controlPlanes, controlPlanePods: converged?.pods ?? 0, workerPods: worker.pods,
  };
  const workers = fewestWorkers(base, input.replicas, input.tolerate, isConverged ? 0 : 1);
  const layout: Layout = { ...base, workers: Number.isFinite(workers) ? workers : 0 };
  const etcdMachines = input.topology === 'external' ? etcd.members : 0;
  const total = controlPlanes + etcdMachines + layout.workers;

  const podMachines = layout.workers + (isConverged ? controlPlanes : 0);
  const cpuAllocatable = podMachines * allocatable.allocatableCpuMillicores;
  const memAllocatable = podMachines * allocatable.allocatableMemoryMiB;
  const percent = (used: number, of: number) => (of > 0 ? (100 * used) / of : 0);
  const spread = spreadPods(input.replicas, layout);

  const warnings: string[] = [];
  if (!Number.isFinite(workers)) warnings.push('No number of workers can hold this workload.');
  if (total > MAX_NODES) warnings.push(`${int(total)} machines is more than the 5,000 nodes Kubernetes supports in one cluster; split the workload across clusters.`);
  if (isConverged && converged && converged.pods === 0) warnings.push('The control plane leaves no room for pods on converged machines, so all pods go to extra workers.');

  return {
    etcd, layout, controlPlaneMachines: controlPlanes, etcdMachines, workerMachines: layout.workers, totalMachines: total,
    allocatable, worker, converged,
    survival: machineFailuresSurvived(layout, input.replicas),
    zoneLoss: zoneLoss(layout, input.replicas),
    cpuUtilizationPercent: percent(input.replicas * pod.cpuMillicores, cpuAllocatable),
    memoryUtilizationPercent: percent(input.replicas * pod.memoryMiB, memAllocatable),
    podsOnBusiestWorker: spread.worker,
    podsOnBusiestControlPlane: spread.controlPlane,
    controlPlaneSize: controlPlaneSize(podMachines),
    warnings,
  };
}

/** Pods on the fullest machine of each kind when the scheduler spreads the workload evenly within capacity. */
function spreadPods(replicas: number, l: Layout): { worker: number; controlPlane: number } {
  const kinds = [
    { count: l.workers, cap: l.workerPods },
    { count: l.controlPlanePods > 0 ? l.controlPlanes : 0, cap: l.controlPlanePods },
  ];
  // Water-filling: raise a common level until the pods fit, each machine capped by its capacity.
  const placed = (level: number) => kinds.reduce((sum, k) => sum + k.count * Math.min(level, k.cap), 0);
  let lo = 0, hi = Math.max(l.workerPods, l.controlPlanePods, 0);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (placed(mid) >= replicas) hi = mid; else lo = mid + 1;
  }
  return { worker: Math.min(lo, l.workerPods) * (l.workers > 0 ? 1 : 0), controlPlane: Math.min(lo, l.controlPlanePods) };
}
