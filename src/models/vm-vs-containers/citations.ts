/** What the comparator's formulas and defaults rest on: source ids (content/data/sources.yaml) and what each backs. */
export const vmcCitations = [
  { source: 'nova-config', what: 'Placement capacity = (total - reserved) x allocation ratio; reserved_host_memory_mb = 512 per host.' },
  { source: 'nova-overcommit-change', what: 'Default ratios for new compute nodes: CPU 4.0 and RAM 1.0 since 2023.1 Antelope (16.0 and 1.5 before); existing nodes keep theirs.' },
  { source: 'nova-flavors', what: 'The m1 flavors (tiny 1/512, small 1/2048, medium 2/4096, large 4/8192, xlarge 8/16384 vCPU/MiB), shipped until Mitaka.' },
  { source: 'k8s-reserve-compute', what: 'Node allocatable = capacity - kube-reserved - system-reserved - hard-eviction threshold.' },
  { source: 'gke-node-sizes', what: 'GKE reservation tiers, the default rule for the Kubernetes options (the HA sizer\'s model, reused).' },
  { source: 'k8s-pod-overhead', what: 'A RuntimeClass\'s pod overhead is added to every pod\'s requests when it is scheduled.' },
  { source: 'kata-runtimeclasses', what: 'Kata pod overheads: kata-qemu 250m and 160 MiB; kata-clh and kata-fc 250m and 130 MiB; kata-qemu-tdx 1 CPU and 2,048 MiB. 160 MiB is also the default per-VM hypervisor memory (a rule of thumb).' },
  { source: 'firecracker-nsdi', what: 'Measured memory per VM: about 3 MB for Firecracker, 13 MB for Cloud Hypervisor and 131 MB for QEMU (secondary summary).' },
  { source: 'firecracker-spec', what: 'A Firecracker microVM (1 vCPU, 128 MiB) reaches /sbin/init within 125 ms, with at most 5 MiB of VMM overhead.' },
  { source: 'k8s-deployment', what: 'Rolling updates: maxSurge defaults to 25%, a percentage rounded up.' },
  { source: 'felter-2015', what: 'Containers matched or beat KVM virtual machines in almost every benchmark (2014 measurements).' },
  { source: 'k8s-large-clusters', what: 'Max pods per node: 110 by default.' },
] as const;
