/**
 * Requests of kubeadm's control-plane static pods (kube-apiserver 250m, kube-controller-manager 200m,
 * kube-scheduler 100m, etcd 100m and 100Mi). They only matter on converged machines, which also run pods.
 * https://github.com/kubernetes/kubernetes/blob/master/cmd/kubeadm/app/phases/controlplane/manifests.go
 */
export const CONTROL_PLANE_REQUESTS = { cpuMillicores: 250 + 200 + 100 + 100, memoryMiB: 100, pods: 4 } as const;
