/** What the simulator's rules and timings rest on: source ids (content/data/sources.yaml) and what each backs. */
export const simCitations = [
  { source: 'etcd-faq', what: 'etcd needs a majority, floor(n/2) + 1, of its members to make progress; a minority side of a split cannot.' },
  { source: 'k8s-ha-topology', what: 'Stacked etcd: each API server talks to its local etcd member; external etcd: API servers reach every member. Workers reach the API through a load balancer.' },
  { source: 'k8s-scheduler-flags', what: 'Leader election: lease duration 15 s, renew deadline 10 s, retry period 2 s, so a lost leader is replaced after about 17 s.' },
  { source: 'k8s-kcm-flags', what: 'The node controller marks a node NotReady after --node-monitor-grace-period without heartbeats, and taints at --node-eviction-rate 0.1/s, --secondary-node-eviction-rate 0.01/s, --unhealthy-zone-threshold 0.55, --large-cluster-size-threshold 50.' },
  { source: 'k8s-pr-126287', what: 'The grace period is 50 s by default since Kubernetes 1.32 (it was 40 s before). The controller notices on its 5 s monitor pass, so real taints can come up to 5 s later.' },
  { source: 'k8s-node-lifecycle-controller', what: 'Per zone: healthy or fully disrupted (while another zone is not) at 0.1 nodes/s; partly disrupted (more than 2 and at least 55% NotReady) at 0.01/s, or none in a zone of at most 50 nodes; every zone fully disrupted: no evictions. Each zone\'s limiter taints its first node at once. Control-plane machines are nodes; machines that run only etcd are not.' },
  { source: 'k8s-nodes-eviction-limits', what: 'The documented eviction rate limits (the page speaks of the cluster\'s size where the code counts the zone\'s nodes).' },
  { source: 'k8s-taint-eviction', what: 'Pods tolerate the not-ready and unreachable taints for 300 s by default, then they are evicted: 50 s + 300 s, about 5 min 50 s, for the first node.' },
  { source: 'k8s-deployment', what: 'A Deployment\'s ReplicaSet replaces a pod as soon as it is being deleted, so evicted pods start again where there is room.' },
  { source: 'k8s-force-delete-statefulset', what: 'A StatefulSet does not replace a pod on an unreachable node: it stays Terminating until the Node is deleted, the pod is force-deleted, or the node is tainted out-of-service.' },
  { source: 'k8s-node-shutdown', what: 'The node.kubernetes.io/out-of-service taint (GA in 1.28) deletes the node\'s pods, and the pod garbage collector force-deletes them; volumes are detached at once.' },
  { source: 'k8s-podgc', what: 'The pod garbage collector runs every 20 s and force-deletes terminating pods on NotReady out-of-service nodes: the simulator starts StatefulSet pods 20 s after the taint (or after NotReady).' },
  { source: 'k8s-attach-detach-reconciler', what: 'Without the taint, a ReadWriteOnce volume is force-detached only 6 minutes after its pod is gone, which a StatefulSet pod on a lost node never is on its own.' },
  { source: 'k8s-large-clusters', what: 'Default room per machine: the 110-pod per-node limit.' },
] as const;
