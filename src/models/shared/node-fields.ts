import { type ChoiceField, numberField, optionalNumberField } from './fields.ts';
import type { ReservationRule } from './allocatable.ts';

/**
 * Field specs for a Kubernetes node that more than one calculator asks about (the HA sizer, and the containers
 * options of the VM vs containers comparator), so both read the same limits, defaults and sources.
 */

/** Whose kubelet reservations apply. */
export const reservedField: ChoiceField<ReservationRule> = {
  kind: 'choice', label: 'Kubelet reservations', default: 'gke', source: 'gke-node-sizes',
  options: [
    { value: 'gke', label: 'GKE' },
    { value: 'eks', label: 'EKS' },
    { value: 'aks', label: 'AKS 1.29+' },
    { value: 'kubeadm', label: 'kubeadm defaults' },
  ],
  note: 'GKE: tiered CPU and memory (a "GB" of 1000 MiB), +400m CPU above 110 pods. EKS: 11 MiB per pod + 255 MiB. AKS 1.29+: 20 MB per pod + 50 MB (MB of 10^6 bytes, 0.954 MiB), at most 25%. kubeadm: only the 100 MiB eviction threshold.',
};

/** Pod slots per node. */
export const maxPodsField = numberField({ label: 'Max pods per machine', unit: 'pods', default: 110, min: 1, max: 256, integer: true, limitReason: 'GKE allows up to 256 pods per node, the most of the managed providers', source: 'k8s-large-clusters', note: 'The kubelet default and the documented per-node limit. GKE allows up to 256, and reserves 400m more CPU above 110.' });

/** What DaemonSets request on every node (CNI, kube-proxy, log and metrics agents). */
export const daemonFields = {
  daemonCpu: numberField({ label: 'DaemonSet CPU per machine', unit: 'cores', default: 0.2, min: 0, max: 512, note: 'Rule of thumb for CNI, kube-proxy, log and metrics agents; measure yours with kubectl describe node.' }),
  daemonMemory: numberField({ label: 'DaemonSet memory per machine', unit: 'MiB', default: 256, min: 0, max: 1048576, note: 'Rule of thumb, as above.' }),
  daemonPods: numberField({ label: 'DaemonSet pods per machine', unit: 'pods', default: 3, min: 0, max: 249, integer: true, note: 'They count towards max pods. Rule of thumb: CNI, kube-proxy, one agent.' }),
};

/** The pod count a provider sized its memory reservation for, where it is not max pods (EKS AMIs use the instance type's ENI limit). */
export const reservationPodsField = optionalNumberField({
  label: 'Pods the reservation is sized for', unit: 'pods', emptyMeans: 'max pods', min: 1, max: 1000, integer: true, source: 'karpenter-aws-instancetype',
  note: 'EKS and AKS size kube-reserved memory by pods. The EKS AMIs use what the instance type\'s network interfaces allow (m5.large: 29, m5.xlarge: 58), whatever max pods you set; Karpenter does the same on AL2 and AL2023, Bottlerocket uses max pods.',
});

/** The memory the kubelet reports as the node's capacity, where the reader knows it. */
export const capacityMemoryField = optionalNumberField({
  label: 'Memory the kubelet reports', unit: 'GiB', emptyMeans: 'the nominal memory', min: 0.25, max: 12288, source: 'karpenter-aws-instancetype',
  note: 'kubectl describe node shows it as Capacity: a few percent below the machine type\'s size (Karpenter assumes 7.5% less; an m5.large reports about 7.5 of 8 GiB). Providers still size their reservations from the nominal memory.',
});
