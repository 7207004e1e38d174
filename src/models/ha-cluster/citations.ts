/** What the sizer's formulas and defaults rest on: source ids (content/data/sources.yaml) and what each backs. */
export const haCitations = [
  { source: 'etcd-faq', what: 'Quorum = floor(n/2) + 1; n members survive n - quorum failures; even sizes add nothing; at most 7 members.' },
  { source: 'k8s-ha-topology', what: 'Stacked etcd (3 machines minimum) versus external etcd (3 + 3); coupled failure of stacked members.' },
  { source: 'k8s-reserve-compute', what: 'Allocatable = capacity - kube-reserved - system-reserved - hard-eviction threshold.' },
  { source: 'gke-node-sizes', what: 'GKE tiers: CPU 6% / 1% / 0.5% / 0.25%; memory 25% / 20% / 10% / 6% / 2%; 100 MiB eviction. Default machine: 4 vCPU / 16 GiB.' },
  { source: 'eks-ami-kubelet-config', what: 'EKS: kube-reserved memory = 11 MiB x max pods + 255 MiB, GKE CPU tiers, 100 MiB eviction.' },
  { source: 'aks-node-reservations', what: 'AKS 1.29+: memory = min(20 MB x max pods + 50 MB, 25%); CPU by the table (interpolated between rows); 100 Mi eviction.' },
  { source: 'kubeadm-static-pods', what: 'Converged machines also carry the control plane\'s requests: API server 250m, controller manager 200m, scheduler 100m, etcd 100m and 100 MiB.' },
  { source: 'k8s-large-clusters', what: 'Limits: 110 pods per node (kubelet default), 5,000 nodes and 150,000 pods per cluster.' },
  { source: 'k8s-large-clusters-v1-17', what: 'Suggested control-plane machine size by node count (kube-up era table; old, treat as a floor).' },
  { source: 'etcd-hardware', what: 'Dedicated etcd machine classes by cluster size (50 / 250 / 1,000 / 3,000 nodes).' },
] as const;
