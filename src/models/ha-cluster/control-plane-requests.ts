/**
 * CPU requests of kubeadm's control-plane static pods (kube-apiserver 250m, kube-controller-manager 200m,
 * kube-scheduler 100m, etcd 100m) and their count. They only matter on converged machines, which also run pods.
 * Only etcd requests memory (100Mi), far below what the control plane uses; the sizer reserves the control-plane
 * memory the reader sets instead (controlPlaneMemory, kubeadm's 1,700 MiB minimum by default).
 * https://github.com/kubernetes/kubernetes/blob/master/cmd/kubeadm/app/phases/controlplane/manifests.go
 */
export const CONTROL_PLANE_REQUESTS = { cpuMillicores: 250 + 200 + 100 + 100, pods: 4 } as const;

/** kubeadm's preflight minimums for a control-plane machine: ControlPlaneNumCPU and ControlPlaneMem (MiB of kernel-visible memory). */
export const KUBEADM_MIN_CPUS = 2;
export const KUBEADM_MIN_MEMORY_MiB = 1700;
