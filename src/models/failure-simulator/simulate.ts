import { quorum } from '../shared/quorum.ts';
import type { SimInput } from './inputs.ts';
import { machinesOf, type Machine } from '../shared/machines.ts';
import { evictionTime, taintTimes, zoneHealth, type ZoneHealth } from './node-lifecycle.ts';
import { LEADER_FAILOVER_S, NODE_MONITOR_GRACE_S, POD_GC_PERIOD_S } from './timings.ts';

export type Side = 'main' | 'cut';

/** What the control plane does about one node it can no longer reach (null times: never). */
export interface NodeFate {
  /** The node lifecycle controller's NoExecute taint, through its zone's rate limiter. */
  taintAt: number | null;
  /** Its pods' eviction: the taint plus their 300 s toleration. */
  evictAt: number | null;
  /** When its pods are deleted: at eviction, or earlier by the operator's out-of-service taint. A Deployment replaces them then. */
  deletedAt: number | null;
  /** When its StatefulSet pods start elsewhere: only after the out-of-service taint lets them go (pod GC, volumes detached). */
  recreatedAt: number | null;
}

export interface MachineState extends Machine {
  up: boolean;
  side: Side;
  /** Up and on the side that holds etcd quorum, so the control plane can see it. */
  reachable: boolean;
  /** Workload pods on it before the fault and now. */
  podsBefore: number;
  podsNow: number;
  /** For a node the control plane cannot reach, what it does about it; null otherwise. */
  fate: NodeFate | null;
}

export interface SimResult {
  machines: MachineState[];
  etcd: { members: number; quorum: number; upMain: number; upCut: number; held: boolean; side: Side | null };
  /** Control-plane machines whose API server can serve (up, and with etcd quorum on their side). */
  apiServers: string[];
  apiAvailable: boolean;
  schedulerLeader: string;
  controllerManagerLeader: string;
  canSchedule: boolean;
  /** Zones with nodes, as the node lifecycle controller sees them. */
  zones: ZoneHealth[];
  podsRunning: number;
  podsPending: number;
  /** Replicas neither running nor waiting to be placed: stopped with their machine and not (yet) recreated. */
  podsLost: number;
  /** StatefulSet pods on failed machines that Kubernetes will not replace until someone acts (part of podsLost). */
  podsStuck: number;
  /** Pods still running beyond a network split, cut off from a control plane that holds quorum on the other side. */
  podsCutOff: number;
}

/** Spreads `pods` evenly over machines of equal capacity; returns pods per machine and what did not fit. */
function spread(count: number, capacity: number, pods: number): { each: number[]; unplaced: number } {
  const placed = Math.min(pods, count * capacity);
  const each = Array.from({ length: count }, (_, i) => Math.min(capacity, Math.floor(placed / count) + (i < placed % count ? 1 : 0)));
  return { each, unplaced: pods - placed };
}

const earliest = (...times: Array<number | null>) => times.reduce<number | null>((a, b) => (b === null ? a : a === null ? b : Math.min(a, b)), null);
const reached = (time: number | null, at: number) => time !== null && at >= time;

/** What keeps working `at` seconds after the machines in `down` fail and those in `partition` are cut off. */
export function simulate(input: SimInput): SimResult {
  const down = new Set(input.down);
  const cut = new Set(input.partition);
  const base = machinesOf(input);
  const podHolders = base.filter((m) => m.holdsPods);
  const initial = spread(podHolders.length, input.podsPerMachine, input.replicas);
  const podsOf = new Map(podHolders.map((m, i) => [m.id, initial.each[i]]));

  const members = base.filter((m) => m.runsEtcd);
  const q = quorum(members.length);
  const upOn = (side: Side) => members.filter((m) => !down.has(m.id) && (cut.has(m.id) ? 'cut' : 'main') === side).length;
  const upMain = upOn('main');
  const upCut = upOn('cut');
  const quorumSide: Side | null = upMain >= q ? 'main' : upCut >= q ? 'cut' : null;

  const machines: MachineState[] = base.map((m) => {
    const up = !down.has(m.id);
    const side: Side = cut.has(m.id) ? 'cut' : 'main';
    const pods = podsOf.get(m.id) ?? 0;
    return { ...m, up, side, reachable: up && side === quorumSide, podsBefore: pods, podsNow: up ? pods : 0, fate: null };
  });

  const apiServers = machines.filter((m) => m.runsApiServer && m.reachable).map((m) => m.id);
  const leader = () => (apiServers.includes('cp-1') ? 'cp-1' : input.at >= LEADER_FAILOVER_S && apiServers.length > 0 ? apiServers[0] : 'none');
  const schedulerLeader = leader();
  const controllerManagerLeader = leader();
  const controlPlaneWorks = apiServers.length > 0 && schedulerLeader !== 'none' && controllerManagerLeader !== 'none';
  const roomy = machines.filter((m) => m.holdsPods && m.reachable);

  // The node lifecycle controller needs a control plane that can serve (its leader takes over well before 50 s).
  // Kubernetes nodes are the control-plane machines and the workers; machines that run only etcd are not nodes.
  const zones = apiServers.length > 0 ? judgeNodes(machines, input) : [];
  const statefulSet = input.workload === 'statefulset';
  // Pods the control plane wants placed now: those that never fitted, and the replacements for deleted pods.
  let due = initial.unplaced;
  let stuck = 0;
  for (const m of machines) {
    if (!m.fate || m.podsBefore === 0) continue;
    const recreate = statefulSet ? m.fate.recreatedAt : m.fate.deletedAt;
    if (reached(recreate, input.at)) due += m.podsBefore;
    else if (statefulSet && !m.up && reached(m.fate.deletedAt, input.at)) stuck += m.podsBefore;
  }

  const onUp = machines.reduce((sum, m) => sum + m.podsNow, 0);
  const cutOff = quorumSide === null ? 0 : machines.filter((m) => m.up && !m.reachable).reduce((sum, m) => sum + m.podsNow, 0);
  const onReachable = onUp - cutOff;
  const free = roomy.reduce((sum, m) => sum + (input.podsPerMachine - m.podsNow), 0);
  const placed = controlPlaneWorks ? Math.min(due, free) : 0;
  distribute(roomy, input.podsPerMachine, placed);
  // A replica still served by a cut-off copy counts as running even while its replacement runs or waits.
  const running = Math.min(input.replicas, onReachable + placed + cutOff);
  const pending = Math.min(input.replicas - running, due - placed);
  return {
    machines,
    etcd: { members: members.length, quorum: q, upMain, upCut, held: quorumSide !== null, side: quorumSide },
    apiServers, apiAvailable: apiServers.length > 0, schedulerLeader, controllerManagerLeader,
    canSchedule: controlPlaneWorks && roomy.length > 0,
    zones,
    podsRunning: running, podsPending: pending, podsLost: input.replicas - running - pending, podsStuck: stuck, podsCutOff: cutOff,
  };
}

/**
 * Sets the fate of every node the control plane cannot reach, zone by zone as the node lifecycle controller handles
 * them (node-lifecycle.ts), with the operator's out-of-service taint on the machines that are down; returns the zones.
 */
function judgeNodes(machines: MachineState[], input: SimInput): ZoneHealth[] {
  const nodes = machines.filter((m) => m.runsApiServer || m.holdsPods);
  const zones = zoneHealth(Array.from({ length: input.zones }, (_, zone) => {
    const inZone = nodes.filter((m) => m.zone === zone);
    return { zone, nodes: inZone.length, notReady: inZone.filter((m) => !m.reachable).length };
  }));
  for (const z of zones) {
    const failed = nodes.filter((m) => m.zone === z.zone && !m.reachable);
    const taints = taintTimes(failed.length, z.rate);
    failed.forEach((m, i) => {
      const evictAt = evictionTime(taints[i]);
      // The operator taints machines that are really off; the pod GC acts once the node is NotReady, within one pass.
      const outOfService = !m.up ? input.outOfService : null;
      m.fate = {
        taintAt: taints[i], evictAt, deletedAt: earliest(evictAt, outOfService),
        recreatedAt: outOfService === null ? null : Math.max(outOfService, NODE_MONITOR_GRACE_S) + POD_GC_PERIOD_S,
      };
    });
  }
  return zones;
}

/** Adds `pods` to machines with room, filling the emptiest first as the scheduler's spreading would (water-filling). */
function distribute(machines: MachineState[], capacity: number, pods: number): void {
  const added = (level: number) => machines.reduce((sum, m) => sum + Math.max(0, Math.min(level, capacity) - m.podsNow), 0);
  let lo = 0, hi = capacity;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (added(mid) >= pods) hi = mid; else lo = mid + 1;
  }
  // Fill every machine to lo - 1, then hand out the remainder one by one at level lo.
  let left = pods - added(Math.max(0, lo - 1));
  for (const m of machines) m.podsNow = Math.max(m.podsNow, Math.min(Math.max(0, lo - 1), capacity));
  for (const m of machines) {
    if (left <= 0) break;
    if (m.podsNow < lo && m.podsNow < capacity) { m.podsNow += 1; left -= 1; }
  }
}
