/**
 * Default timings of a failure, in seconds after it happens.
 * Leader election: lease duration 15 s, renew deadline 10 s, retry period 2 s (kube-scheduler and
 * kube-controller-manager --leader-elect-* flags, https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/).
 * Node lifecycle: a node without heartbeats is marked NotReady after --node-monitor-grace-period, 50 s since
 * Kubernetes 1.32 (40 s before; https://github.com/kubernetes/kubernetes/pull/126287). The controller notices on its
 * next 5 s monitor pass, so real clusters taint up to 5 s later; the simulator counts from the grace period. Pods then
 * tolerate the node.kubernetes.io/unreachable taint for 300 s by default before they are evicted
 * (https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/).
 */
export const LEASE_DURATION_S = 15;
export const RENEW_DEADLINE_S = 10;
export const RETRY_PERIOD_S = 2;
export const NODE_MONITOR_GRACE_S = 50;
export const UNREACHABLE_TOLERATION_S = 300;

/** When a new leader has taken over a lost leader's lease (worst case: expiry plus one retry). */
export const LEADER_FAILOVER_S = LEASE_DURATION_S + RETRY_PERIOD_S;
/** The earliest eviction: the grace period plus the toleration, about 5 min 50 s. Rate limits delay later nodes. */
export const EVICTION_S = NODE_MONITOR_GRACE_S + UNREACHABLE_TOLERATION_S;
/**
 * With the node.kubernetes.io/out-of-service taint on a NotReady node, the pod garbage collector force-deletes its
 * terminating pods on its next pass (every 20 s, pkg/controller/podgc) and their volumes are detached at once
 * (https://kubernetes.io/docs/concepts/cluster-administration/node-shutdown/#non-graceful-node-shutdown).
 */
export const POD_GC_PERIOD_S = 20;
/**
 * Without that taint, the attach-detach controller force-detaches a volume 6 minutes after its pod is gone
 * (maxWaitForUnmountDuration, pkg/controller/volume/attachdetach/reconciler); a StatefulSet pod on a lost node is
 * never gone on its own, so its ReadWriteOnce volume stays attached to the lost node.
 */
export const FORCE_DETACH_WAIT_S = 360;
