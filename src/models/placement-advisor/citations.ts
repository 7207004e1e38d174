/** What the advisor's reasons rest on: source ids (content/data/sources.yaml) and what each backs. */
export const advisorCitations = [
  { source: 'talk-writeup', what: 'The talk\'s argument: the divide is architecture, not Kubernetes versus OpenStack; software built to lose machines (CockroachDB) thrives in containers; hand-crafted VMs with snapshots, backups and cron jobs are fine to stay on VMs.' },
  { source: 'k8s-deployment', what: 'Deployments replace interchangeable replicas and roll updates out and back.' },
  { source: 'k8s-statefulset', what: 'A StatefulSet keeps each pod attached to its own volume; it does not replicate the data.' },
  { source: 'k8s-taint-eviction', what: 'Pods on an unreachable node are evicted 300 s after it is tainted; it is NotReady after 50 s (kubernetes PR #126287), so about 5 min 50 s.' },
  { source: 'k8s-force-delete-statefulset', what: 'A StatefulSet pod on an unreachable node is not replaced until the Node is deleted, the pod is force-deleted, or the node is tainted out-of-service.' },
  { source: 'cloudnative-pg-failover', what: 'Database operators such as CloudNativePG fail over on the primary\'s readiness, without waiting for eviction.' },
  { source: 'k8s-device-plugins', what: 'Through a device plugin, GPUs are advertised and requested in whole units.' },
  { source: 'k8s-dra', what: 'Dynamic Resource Allocation, generally available in Kubernetes, lets pods claim GPUs by their attributes and share one by referencing the same claim.' },
  { source: 'kata-runtimeclasses', what: 'VM-backed sandboxes such as Kata Containers cost extra memory and CPU per pod.' },
] as const;
