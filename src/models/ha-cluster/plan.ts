import { failuresTolerated, quorum } from '../shared/quorum.ts';
import { offsetsOf, zoneCounts } from '../shared/zones.ts';


/**
 * A cluster layout as counts, so that evaluating it costs O(zones) however many machines it has.
 * Machines are placed round-robin over zones in one running order (etcd holders, then other control-plane
 * machines, then workers), which spreads every role evenly and the machines as a whole too.
 */
export interface Layout {
  zones: number;
  etcdMembers: number;
  /** Stacked and converged: the control-plane machines are the etcd members. */
  etcdOnControlPlane: boolean;
  controlPlanes: number;
  workers: number;
  /** Workload pods one control-plane machine holds (converged only; 0 otherwise). */
  controlPlanePods: number;
  workerPods: number;
}

/** Per-zone counts of each role in a layout. */
export function zonesOf(l: Layout) {
  const o = offsetsOf(l);
  const cp = zoneCounts(l.controlPlanes, l.zones, o.controlPlanes);
  const etcdMachines = zoneCounts(l.etcdOnControlPlane ? 0 : l.etcdMembers, l.zones, o.etcd);
  const workers = zoneCounts(l.workers, l.zones, o.workers);
  return { cp, etcd: l.etcdOnControlPlane ? cp : etcdMachines, workers, etcdMachines };
}

/** Total workload pods the layout holds. */
export function totalPodCapacity(l: Layout): number {
  return l.controlPlanes * l.controlPlanePods + l.workers * l.workerPods;
}

/** Most machine failures (any machines) after which the rest still hold `replicas` pods; -1 if they never could. */
export function workloadFailuresTolerated(l: Layout, replicas: number): number {
  let surplus = totalPodCapacity(l) - replicas;
  if (surplus < 0) return -1;
  // The worst case takes the machines holding the most pods first; etcd-only machines hold none, so they go last.
  const kinds = [
    { count: l.workers, pods: l.workerPods },
    { count: l.controlPlanes, pods: l.controlPlanePods },
    { count: l.etcdOnControlPlane ? 0 : l.etcdMembers, pods: 0 },
  ].sort((a, b) => b.pods - a.pods);
  let failures = 0;
  for (const kind of kinds) {
    const removable = kind.pods === 0 ? kind.count : Math.min(kind.count, Math.floor(surplus / kind.pods));
    failures += removable;
    surplus -= removable * kind.pods;
    if (removable < kind.count) break;
  }
  return failures;
}

export interface Survival {
  etcd: number;
  apiServers: number;
  workload: number;
  /** What the whole plan survives: any `plan` machines may fail and the cluster still serves every pod. */
  plan: number;
}

/** Machine failures survived by each part. The worst case puts every failure on one part, so the plan survives the minimum. */
export function machineFailuresSurvived(l: Layout, replicas: number): Survival {
  const etcd = failuresTolerated(l.etcdMembers);
  const apiServers = l.controlPlanes - 1;
  const workload = workloadFailuresTolerated(l, replicas);
  return { etcd, apiServers, workload, plan: Math.max(0, Math.min(etcd, apiServers, workload)) };
}

export interface ZoneLoss {
  applicable: boolean;
  etcd: boolean;
  apiServers: boolean;
  workload: boolean;
  survived: boolean;
}

/** Whether losing any one zone leaves etcd quorum, an API server and room for every pod. */
export function zoneLoss(l: Layout, replicas: number): ZoneLoss {
  if (l.zones < 2) return { applicable: false, etcd: false, apiServers: false, workload: false, survived: false };
  const z = zonesOf(l);
  const q = quorum(l.etcdMembers);
  const capacity = totalPodCapacity(l);
  let etcd = true, apiServers = true, workload = true;
  for (let zone = 0; zone < l.zones; zone++) {
    if (l.etcdMembers - z.etcd[zone] < q) etcd = false;
    if (l.controlPlanes - z.cp[zone] < 1) apiServers = false;
    const lost = z.cp[zone] * l.controlPlanePods + z.workers[zone] * l.workerPods;
    if (capacity - lost < replicas) workload = false;
  }
  return { applicable: true, etcd, apiServers, workload, survived: etcd && apiServers && workload };
}

/** Whether the workers in a layout are enough: `tolerate` failures and (with zones) a zone loss leave room for every pod. */
export function workloadFits(l: Layout, replicas: number, tolerate: number): boolean {
  if (workloadFailuresTolerated(l, replicas) < tolerate) return false;
  return l.zones < 2 || zoneLoss(l, replicas).workload;
}

/** The fewest workers (at least `min`) that make the layout hold the workload; adding workers never hurts, so bisect. */
export function fewestWorkers(base: Omit<Layout, 'workers'>, replicas: number, tolerate: number, min: number): number {
  const ok = (workers: number) => workloadFits({ ...base, workers }, replicas, tolerate);
  if (base.workerPods <= 0) return ok(min) ? min : Number.POSITIVE_INFINITY;
  let lo = min, hi = Math.max(min, 1);
  while (!ok(hi)) {
    lo = hi + 1;
    hi *= 2;
    if (hi > 1e7) return Number.POSITIVE_INFINITY;
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid; else lo = mid + 1;
  }
  return lo;
}
