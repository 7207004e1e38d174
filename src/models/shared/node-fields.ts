import { type ChoiceField, numberField } from './fields.ts';
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
  note: 'GKE: tiered CPU and memory. EKS: 11 MiB per pod + 255 MiB. AKS: 20 MiB per pod + 50 MiB, at most 25%. kubeadm: only the 100 MiB eviction threshold.',
};

/** Pod slots per node. */
export const maxPodsField = numberField({ label: 'Max pods per machine', unit: 'pods', default: 110, min: 1, max: 250, integer: true, limitReason: 'the most any managed provider allows', source: 'k8s-large-clusters', note: 'The kubelet default and the documented per-node limit.' });

/** What DaemonSets request on every node (CNI, kube-proxy, log and metrics agents). */
export const daemonFields = {
  daemonCpu: numberField({ label: 'DaemonSet CPU per machine', unit: 'cores', default: 0.2, min: 0, max: 512, note: 'Rule of thumb for CNI, kube-proxy, log and metrics agents; measure yours with kubectl describe node.' }),
  daemonMemory: numberField({ label: 'DaemonSet memory per machine', unit: 'MiB', default: 256, min: 0, max: 1048576, note: 'Rule of thumb, as above.' }),
  daemonPods: numberField({ label: 'DaemonSet pods per machine', unit: 'pods', default: 3, min: 0, max: 249, integer: true, note: 'They count towards max pods. Rule of thumb: CNI, kube-proxy, one agent.' }),
};
