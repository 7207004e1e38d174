/** What the simulator's rules and timings rest on: source ids (content/data/sources.yaml) and what each backs. */
export const simCitations = [
  { source: 'etcd-faq', what: 'etcd needs a majority, floor(n/2) + 1, of its members to make progress; a minority side of a split cannot.' },
  { source: 'k8s-ha-topology', what: 'Stacked etcd: each API server talks to its local etcd member; external etcd: API servers reach every member. Workers reach the API through a load balancer.' },
  { source: 'k8s-scheduler-flags', what: 'Leader election: lease duration 15 s, renew deadline 10 s, retry period 2 s, so a lost leader is replaced after about 17 s.' },
  { source: 'k8s-kcm-flags', what: 'The node controller marks a node NotReady after --node-monitor-grace-period without heartbeats.' },
  { source: 'k8s-issue-127352', what: 'The grace period is 50 s by default in current releases (it was 40 s before).' },
  { source: 'k8s-taint-eviction', what: 'Pods tolerate the not-ready and unreachable taints for 300 s by default, then they are evicted and their controllers recreate them.' },
  { source: 'k8s-large-clusters', what: 'Default room per machine: the 110-pod per-node limit.' },
] as const;
