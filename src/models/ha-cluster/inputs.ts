import { parseFields, type ChoiceField, type NumberField, type Parsed } from '../shared/fields.ts';
import { allocatableFor, reservationRules, type ReservationRule } from '../shared/allocatable.ts';

/** Cluster shapes: the talk's converged machines, kubeadm's stacked etcd, or separate etcd machines. */
export const topologies = ['converged', 'stacked', 'external'] as const;
export type Topology = (typeof topologies)[number];

const topology: ChoiceField<Topology> = {
  kind: 'choice', label: 'Topology', default: 'stacked', source: 'k8s-ha-topology',
  options: [
    { value: 'converged', label: 'Converged (every role on every machine)' },
    { value: 'stacked', label: 'Stacked etcd (kubeadm default)' },
    { value: 'external', label: 'External etcd' },
  ],
  note: 'Converged: each machine runs the control plane, etcd and pods (the talk). Stacked: control-plane machines carry etcd, pods go to workers. External: etcd on machines of its own.',
};
const reserved: ChoiceField<ReservationRule> = {
  kind: 'choice', label: 'Kubelet reservations', default: 'gke', source: 'gke-node-sizes',
  options: [
    { value: 'gke', label: 'GKE' },
    { value: 'eks', label: 'EKS' },
    { value: 'aks', label: 'AKS 1.29+' },
    { value: 'kubeadm', label: 'kubeadm defaults' },
  ],
  note: 'GKE: tiered CPU and memory. EKS: 11 MiB per pod + 255 MiB. AKS: 20 MiB per pod + 50 MiB, at most 25%. kubeadm: only the 100 MiB eviction threshold.',
};
const num = (f: Omit<NumberField, 'kind'>): NumberField => ({ kind: 'number', ...f });

/** The sizer's inputs; the keys are the public URL parameters. */
export const haFields = {
  tolerate: num({ label: 'Machine failures to survive', unit: 'machines', default: 1, min: 0, max: 3, integer: true, limitReason: 'etcd advises at most 7 members, which survive 3 failures', source: 'etcd-faq', note: 'One failure is the usual HA target: the talk\'s three machines.' }),
  topology,
  zones: num({ label: 'Failure zones', unit: 'zones', default: 1, min: 1, max: 5, integer: true, note: 'With 2 or more, the plan must also survive losing a whole zone.' }),
  replicas: num({ label: 'Pods (replicas)', unit: 'pods', default: 30, min: 1, max: 150000, integer: true, limitReason: 'Kubernetes supports up to 150,000 pods per cluster', source: 'k8s-large-clusters', note: 'An example workload; use your own.' }),
  podCpu: num({ label: 'CPU request per pod', unit: 'cores', default: 0.5, min: 0, max: 256, note: 'Example: half a core.' }),
  podMemory: num({ label: 'Memory request per pod', unit: 'MiB', default: 512, min: 0, max: 1048576, note: 'Example: 512 MiB.' }),
  nodeCpu: num({ label: 'CPU per machine', unit: 'vCPU', default: 4, min: 1, max: 512, source: 'gke-node-sizes', note: 'The 4 vCPU / 16 GiB worked example in GKE\'s node-size guide.' }),
  nodeMemory: num({ label: 'Memory per machine', unit: 'GiB', default: 16, min: 1, max: 12288, source: 'gke-node-sizes' }),
  maxPods: num({ label: 'Max pods per machine', unit: 'pods', default: 110, min: 1, max: 250, integer: true, limitReason: 'the most any managed provider allows', source: 'k8s-large-clusters', note: 'The kubelet default and the documented per-node limit.' }),
  reserved,
  daemonCpu: num({ label: 'DaemonSet CPU per machine', unit: 'cores', default: 0.2, min: 0, max: 512, note: 'Rule of thumb for CNI, kube-proxy, log and metrics agents; measure yours with kubectl describe node.' }),
  daemonMemory: num({ label: 'DaemonSet memory per machine', unit: 'MiB', default: 256, min: 0, max: 1048576, note: 'Rule of thumb, as above.' }),
  daemonPods: num({ label: 'DaemonSet pods per machine', unit: 'pods', default: 3, min: 0, max: 249, integer: true, note: 'They count towards max pods. Rule of thumb: CNI, kube-proxy, one agent.' }),
};
export type HaFields = typeof haFields;
export type HaInput = NonNullable<Parsed<HaFields>['input']>;

/** Checks that need several fields: DaemonSets and one pod must fit on a machine after reservations. */
export function crossFieldErrors(input: HaInput): Partial<Record<keyof HaFields, string>> {
  const errors: Partial<Record<keyof HaFields, string>> = {};
  const a = allocatableFor(input.reserved, { cpuCores: input.nodeCpu, memoryGiB: input.nodeMemory, maxPods: input.maxPods });
  const cpuLeft = a.allocatableCpuMillicores / 1000 - input.daemonCpu;
  const memLeft = a.allocatableMemoryMiB - input.daemonMemory;
  const cores = (n: number) => `${Math.max(0, n).toFixed(2)} cores`;
  const mib = (n: number) => `${Math.max(0, Math.floor(n)).toLocaleString('en-US')} MiB`;
  if (cpuLeft <= 0) errors.daemonCpu = `DaemonSets would take all of a machine's allocatable CPU (${cores(a.allocatableCpuMillicores / 1000)}).`;
  else if (input.podCpu > cpuLeft) errors.podCpu = `One pod asks for more CPU than a machine has left after reservations and DaemonSets (${cores(cpuLeft)}).`;
  if (memLeft <= 0) errors.daemonMemory = `DaemonSets would take all of a machine's allocatable memory (${mib(a.allocatableMemoryMiB)}).`;
  else if (input.podMemory > memLeft) errors.podMemory = `One pod asks for more memory than a machine has left after reservations and DaemonSets (${mib(memLeft)}).`;
  if (input.daemonPods >= input.maxPods) errors.daemonPods = `DaemonSet pods would fill every pod slot (max pods is ${input.maxPods}).`;
  return errors;
}

/** Parses URL parameters (or form text) into sizer input; invalid fields carry a message and input is null. */
export function parseHa(params: URLSearchParams | Record<string, string>): Parsed<HaFields> {
  const parsed = parseFields(haFields, params);
  if (!parsed.input) return parsed;
  const errors = crossFieldErrors(parsed.input);
  return Object.keys(errors).length > 0 ? { ...parsed, input: null, errors } : parsed;
}

export { reservationRules };
