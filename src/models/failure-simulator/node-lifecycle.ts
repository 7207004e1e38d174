/**
 * How the node lifecycle controller (kube-controller-manager) evicts pods from nodes that stop answering, with its
 * default flags. Code: kubernetes/kubernetes pkg/controller/nodelifecycle/node_lifecycle_controller.go
 * (ComputeZoneState, setLimiterInZone, handleDisruption); flags: the kube-controller-manager reference.
 *
 * A node is NotReady NODE_MONITOR_GRACE_S after its last heartbeat and joins its zone's taint queue. Each zone has its own token bucket (burst 1, full at first), which adds the NoExecute taint to one
 * queued node at a time, at a rate that depends on how much of the zone is down. Pods tolerate the taint for
 * tolerationSeconds (300 by default), then they are evicted.
 */
import { NODE_MONITOR_GRACE_S, UNREACHABLE_TOLERATION_S } from './timings.ts';

/** --node-eviction-rate: nodes tainted per second in a healthy zone. */
export const NODE_EVICTION_RATE = 0.1;
/** --secondary-node-eviction-rate: nodes per second in a partly disrupted zone of a large cluster. */
export const SECONDARY_NODE_EVICTION_RATE = 0.01;
/** --unhealthy-zone-threshold: the share of NotReady nodes (with more than 2) from which a zone is partly disrupted. */
export const UNHEALTHY_ZONE_THRESHOLD = 0.55;
/** --large-cluster-size-threshold: at or below this many nodes a partly disrupted zone evicts nothing (the code compares the zone's size). */
export const LARGE_CLUSTER_SIZE_THRESHOLD = 50;
/** When a node that failed at 0 s joins its zone's taint queue: when it turns NotReady (timings.ts on the 5 s monitor pass). */
export const TAINT_QUEUE_S = NODE_MONITOR_GRACE_S;

/** normal: some NotReady nodes; partial: more than 2 NotReady and at least 55%; full: no Ready node left. */
export type ZoneState = 'normal' | 'partial' | 'full';

/** One zone as the controller sees it. */
export interface ZoneHealth {
  zone: number;
  nodes: number;
  notReady: number;
  state: ZoneState;
  /** Nodes tainted per second in this zone (0: none). */
  rate: number;
  /** Why the rate is what it is, in words. */
  reason: string;
}

/** A zone's state from its node counts (ComputeZoneState). */
export function zoneState(nodes: number, notReady: number): ZoneState {
  if (notReady >= nodes) return 'full';
  if (notReady > 2 && notReady / nodes >= UNHEALTHY_ZONE_THRESHOLD) return 'partial';
  return 'normal';
}

/**
 * Every zone's state and taint rate (setLimiterInZone, handleDisruption): a healthy or fully disrupted zone evicts at
 * the normal rate, a partly disrupted one at the secondary rate, or not at all when it has at most 50 nodes; and when
 * every zone is fully disrupted the controller assumes its own network is at fault and evicts nothing anywhere.
 */
export function zoneHealth(zones: ReadonlyArray<{ zone: number; nodes: number; notReady: number }>): ZoneHealth[] {
  const withNodes = zones.filter((z) => z.nodes > 0);
  const allFull = withNodes.length > 0 && withNodes.every((z) => zoneState(z.nodes, z.notReady) === 'full');
  return withNodes.map((z) => {
    const state = zoneState(z.nodes, z.notReady);
    if (allFull) return { ...z, state, rate: 0, reason: 'every zone has lost all its nodes, so the controller suspects its own network and evicts nothing' };
    if (state === 'partial') {
      return z.nodes > LARGE_CLUSTER_SIZE_THRESHOLD
        ? { ...z, state, rate: SECONDARY_NODE_EVICTION_RATE, reason: `partly disrupted (${z.notReady} of ${z.nodes} nodes NotReady), so the secondary rate of one node per ${1 / SECONDARY_NODE_EVICTION_RATE} s` }
        : { ...z, state, rate: 0, reason: `partly disrupted (${z.notReady} of ${z.nodes} nodes NotReady) in a zone of at most ${LARGE_CLUSTER_SIZE_THRESHOLD} nodes, so no evictions` };
    }
    return { ...z, state, rate: NODE_EVICTION_RATE, reason: state === 'full'
      ? `fully disrupted while another zone is not, so the normal rate of one node per ${1 / NODE_EVICTION_RATE} s`
      : `healthy enough, so the normal rate of one node per ${1 / NODE_EVICTION_RATE} s` };
  });
}

/** When each of a zone's queued nodes gets its NoExecute taint: the first at once (the bucket starts full), then one per 1/rate s; null for never. */
export function taintTimes(count: number, rate: number): Array<number | null> {
  return Array.from({ length: count }, (_, i) => (rate > 0 ? TAINT_QUEUE_S + i / rate : null));
}

/** When a tainted node's pods are evicted: tolerationSeconds after its taint. */
export const evictionTime = (taintAt: number | null) => (taintAt === null ? null : taintAt + UNREACHABLE_TOLERATION_S);
