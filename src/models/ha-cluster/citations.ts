/** What the sizer's formulas and defaults rest on: source ids (content/data/sources.yaml) and what each backs. */
export const haCitations = [
  { source: 'etcd-faq', what: 'Quorum = floor(n/2) + 1; n members survive n - quorum failures; even sizes add nothing; at most 7 members.' },
  { source: 'k8s-ha-topology', what: 'Stacked etcd (3 machines minimum) versus external etcd (3 + 3); coupled failure of stacked members. The sizer keeps fewer API servers when fewer survive the failures asked for, and says so.' },
  { source: 'k8s-reserve-compute', what: 'Allocatable = capacity - kube-reserved - system-reserved - hard-eviction threshold.' },
  { source: 'gke-node-sizes', what: 'GKE tiers: CPU 6% / 1% / 0.5% / 0.25%; memory 25% / 20% / 10% / 6% / 2%; 100 MiB eviction. Default machine: 4 vCPU / 16 GiB.' },
  { source: 'gke-reserved-code', what: 'GKE\'s own code: memory thresholds at 4,000 / 8,000 / 16,000 / 128,000 MiB (a "GB" of 1000 MiB), 255 MiB at or below 1000 MiB, +400m CPU when max pods is above 110. Its test cases are the sizer\'s golden cases.' },
  { source: 'gke-quotas', what: 'GKE allows up to 256 pods per node: the sizer\'s upper limit for max pods.' },
  { source: 'eks-ami-kubelet-config', what: 'EKS: kube-reserved memory = 11 MiB x pods + 255 MiB, the GKE CPU tiers (integer millicores per bracket), 100 MiB eviction. The pods are those the instance type\'s ENIs allow, not max pods.' },
  { source: 'karpenter-aws-instancetype', what: 'Karpenter sizes EKS reservations the same way on AL2 and AL2023 (ENI pods) and by max pods on Bottlerocket; its tests are golden cases (m5.xlarge: 80m, 893 MiB).' },
  { source: 'aks-node-reservations', what: 'AKS 1.29+: memory = min(20 MB x max pods + 50 MB, 25%), where MB are 10^6 bytes: x 0.953674 for MiB (30 pods: 650 MB = 619.9 MiB); 100 Mi eviction.' },
  { source: 'karpenter-azure-instancetype', what: 'AKS CPU: 60, 40, 20 and 10 millicores per core in turn, which is Microsoft\'s table exactly and goes on past 64 cores.' },
  { source: 'kubeadm-static-pods', what: 'Converged machines also carry the control plane\'s CPU requests: API server 250m, controller manager 200m, scheduler 100m, etcd 100m.' },
  { source: 'kubeadm-constants', what: 'kubeadm refuses a control-plane machine with fewer than 2 CPUs or 1,700 MiB of memory; 1,700 MiB is also the default control-plane memory on converged machines.' },
  { source: 'k8s-large-clusters', what: 'Limits: 110 pods per node (kubelet default), 5,000 nodes and 150,000 pods per cluster.' },
  { source: 'k8s-large-clusters-v1-17', what: 'Suggested control-plane machine size by node count (kube-up era table; old, treat as a floor).' },
  { source: 'etcd-hardware', what: 'Dedicated etcd machine classes by cluster size (50 / 250 / 1,000 / 3,000 nodes).' },
] as const;
