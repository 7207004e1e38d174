/** What the advisor's reasons rest on: source ids (content/data/sources.yaml) and what each backs. */
export const advisorCitations = [
  { source: 'talk-writeup', what: 'The talk\'s argument: the divide is architecture, not Kubernetes versus OpenStack; software built to lose machines (CockroachDB) thrives in containers; hand-crafted VMs with snapshots, backups and cron jobs are fine to stay on VMs.' },
  { source: 'k8s-deployment', what: 'Deployments replace interchangeable replicas and roll updates out and back.' },
  { source: 'k8s-statefulset', what: 'A StatefulSet keeps each pod attached to its own volume; it does not replicate the data.' },
  { source: 'k8s-taint-eviction', what: 'Pods on an unreachable node are evicted after 300 s by default.' },
  { source: 'k8s-device-plugins', what: 'GPUs are advertised by device plugins and requested in whole units.' },
  { source: 'kata-runtimeclasses', what: 'VM-backed sandboxes such as Kata Containers cost extra memory and CPU per pod.' },
] as const;
