/**
 * Default timings of a failure, in seconds after it happens.
 * Leader election: lease duration 15 s, renew deadline 10 s, retry period 2 s (kube-scheduler and
 * kube-controller-manager --leader-elect-* flags, https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/).
 * Node lifecycle: a node without heartbeats is marked NotReady/Unknown after --node-monitor-grace-period, 50 s in current
 * releases (40 s for years before; https://github.com/kubernetes/kubernetes/issues/127352). Pods then tolerate the
 * node.kubernetes.io/unreachable taint for 300 s by default before they are evicted
 * (https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/).
 */
export const LEASE_DURATION_S = 15;
export const RENEW_DEADLINE_S = 10;
export const RETRY_PERIOD_S = 2;
export const NODE_MONITOR_GRACE_S = 50;
export const UNREACHABLE_TOLERATION_S = 300;

/** When a new leader has taken over a lost leader's lease (worst case: expiry plus one retry). */
export const LEADER_FAILOVER_S = LEASE_DURATION_S + RETRY_PERIOD_S;
/** When pods on an unreachable node are evicted and recreated elsewhere. */
export const EVICTION_S = NODE_MONITOR_GRACE_S + UNREACHABLE_TOLERATION_S;

/** The moments the timeline can step to. */
export const timelineEvents = [
  { at: 0, label: 'The fault: machines stop or the network splits' },
  { at: LEADER_FAILOVER_S, label: 'A lost leader\'s lease has expired and a survivor leads' },
  { at: NODE_MONITOR_GRACE_S, label: 'Unreachable nodes are marked NotReady and tainted' },
  { at: EVICTION_S, label: 'The 300 s toleration ends: pods are evicted and recreated' },
] as const;
