import { quorum } from '../shared/quorum.ts';
import type { SimInput } from './inputs.ts';
import { machinesOf, type Machine } from '../shared/machines.ts';
import { EVICTION_S, LEADER_FAILOVER_S } from './timings.ts';

export type Side = 'main' | 'cut';

export interface MachineState extends Machine {
  up: boolean;
  side: Side;
  /** Up and on the side that holds etcd quorum, so the control plane can see it. */
  reachable: boolean;
  /** Workload pods on it before the fault and now. */
  podsBefore: number;
  podsNow: number;
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
  podsRunning: number;
  podsPending: number;
  /** Replicas neither running nor waiting to be placed: stopped with their machine and not yet recreated. */
  podsLost: number;
  /** Pods still running beyond a network split, cut off from a control plane that holds quorum on the other side. */
  podsCutOff: number;
  evicted: boolean;
}

/** Spreads `pods` evenly over machines of equal capacity; returns pods per machine and what did not fit. */
function spread(count: number, capacity: number, pods: number): { each: number[]; unplaced: number } {
  const placed = Math.min(pods, count * capacity);
  const each = Array.from({ length: count }, (_, i) => Math.min(capacity, Math.floor(placed / count) + (i < placed % count ? 1 : 0)));
  return { each, unplaced: pods - placed };
}

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
    return { ...m, up, side, reachable: up && side === quorumSide, podsBefore: pods, podsNow: up ? pods : 0 };
  });

  const apiServers = machines.filter((m) => m.runsApiServer && m.reachable).map((m) => m.id);
  const leader = () => (apiServers.includes('cp-1') ? 'cp-1' : input.at >= LEADER_FAILOVER_S && apiServers.length > 0 ? apiServers[0] : 'none');
  const schedulerLeader = leader();
  const controllerManagerLeader = leader();
  const controlPlaneWorks = apiServers.length > 0 && schedulerLeader !== 'none' && controllerManagerLeader !== 'none';
  const roomy = machines.filter((m) => m.holdsPods && m.reachable);

  const onUp = machines.reduce((sum, m) => sum + m.podsNow, 0);
  const cutOff = quorumSide === null ? 0 : machines.filter((m) => m.up && !m.reachable).reduce((sum, m) => sum + m.podsNow, 0);
  const evicted = controlPlaneWorks && input.at >= EVICTION_S;
  let running = onUp;
  let pending = initial.unplaced;
  if (evicted) {
    // Pods on unreachable machines are deleted and recreated where there is room; cut-off copies keep running.
    const onReachable = roomy.reduce((sum, m) => sum + m.podsNow, 0);
    const replacements = input.replicas - onReachable;
    const free = roomy.reduce((sum, m) => sum + (input.podsPerMachine - m.podsNow), 0);
    const placed = Math.min(replacements, free);
    distribute(roomy, input.podsPerMachine, placed);
    running = Math.min(input.replicas, onReachable + placed + cutOff);
    // A replica still served by a cut-off copy counts as running even while its replacement waits.
    pending = Math.min(input.replicas - running, replacements - placed);
  }
  return {
    machines,
    etcd: { members: members.length, quorum: q, upMain, upCut, held: quorumSide !== null, side: quorumSide },
    apiServers, apiAvailable: apiServers.length > 0, schedulerLeader, controllerManagerLeader,
    canSchedule: controlPlaneWorks && roomy.length > 0,
    podsRunning: running, podsPending: pending, podsLost: Math.max(0, input.replicas - running - pending),
    podsCutOff: cutOff, evicted,
  };
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
