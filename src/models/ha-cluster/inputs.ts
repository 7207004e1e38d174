import { type ChoiceField, numberField, type Values } from '../shared/fields.ts';
import { cores, mib } from '../shared/format.ts';
import { allocatableFor } from '../shared/allocatable.ts';
import { capacityMemoryField, daemonFields, maxPodsField, reservationPodsField, reservedField } from '../shared/node-fields.ts';
import { KUBEADM_MIN_CPUS, KUBEADM_MIN_MEMORY_MiB } from './control-plane-requests.ts';
import { topologyField, type Topology } from '../shared/topology.ts';

const topology: ChoiceField<Topology> = {
  ...topologyField,
  note: 'Converged: each machine runs the control plane, etcd and pods (the talk). Stacked: control-plane machines carry etcd, pods go to workers. External: etcd on machines of its own.',
};

/** The sizer's inputs; the keys are the public URL parameters. */
export const haFields = {
  tolerate: numberField({ label: 'Machine failures to survive', unit: 'machines', default: 1, min: 0, max: 3, integer: true, limitReason: 'etcd advises at most 7 members, which survive 3 failures', source: 'etcd-faq', note: 'One failure is the usual HA target: the talk\'s three machines.' }),
  topology,
  zones: numberField({ label: 'Failure zones', unit: 'zones', default: 1, min: 1, max: 5, integer: true, note: 'With 2 or more, the plan must also survive losing a whole zone.' }),
  replicas: numberField({ label: 'Pods (replicas)', unit: 'pods', default: 30, min: 1, max: 150000, integer: true, limitReason: 'Kubernetes supports up to 150,000 pods per cluster', source: 'k8s-large-clusters', note: 'An example workload; use your own.' }),
  podCpu: numberField({ label: 'CPU request per pod', unit: 'cores', default: 0.5, min: 0, max: 256, note: 'Example: half a core.' }),
  podMemory: numberField({ label: 'Memory request per pod', unit: 'MiB', default: 512, min: 0, max: 1048576, note: 'Example: 512 MiB.' }),
  nodeCpu: numberField({ label: 'CPU per machine', unit: 'vCPU', default: 4, min: 1, max: 512, source: 'gke-node-sizes', note: 'The 4 vCPU / 16 GiB worked example in GKE\'s node-size guide.' }),
  nodeMemory: numberField({ label: 'Memory per machine', unit: 'GiB', default: 16, min: 1, max: 12288, source: 'gke-node-sizes', note: 'The machine type\'s nominal size.' }),
  capacityMemory: capacityMemoryField,
  maxPods: maxPodsField,
  reserved: reservedField,
  reservationPods: reservationPodsField,
  controlPlaneMemory: numberField({ label: 'Control-plane memory per converged machine', unit: 'MiB', default: 1700, min: 0, max: 1048576, integer: true, source: 'kubeadm-constants',
    note: 'What etcd, the API server, controller manager and scheduler use on each converged machine. Default: kubeadm\'s minimum for a control-plane machine, 1,700 MiB; the etcd guide calls 8 GB typical for a busy etcd.' }),
  ...daemonFields,
};
export type HaFields = typeof haFields;
export type HaInput = Values<HaFields>;

/** One machine of the plan as the allocatable model sees it. */
export const nodeShapeOf = (input: HaInput) => ({
  cpuCores: input.nodeCpu, memoryGiB: input.nodeMemory, maxPods: input.maxPods, reservationPods: input.reservationPods, capacityMemoryGiB: input.capacityMemory,
});

/**
 * Checks that need several fields: the kubelet's capacity is below nominal; with kubeadm, machines meet its preflight
 * minimums (every machine of a converged plan, and the same size everywhere, is a control-plane candidate);
 * DaemonSets and one pod must fit on a machine after reservations.
 */
export function crossFieldErrors(input: HaInput): Partial<Record<keyof HaFields, string>> {
  const errors: Partial<Record<keyof HaFields, string>> = {};
  if (input.capacityMemory !== null && input.capacityMemory > input.nodeMemory) {
    return { capacityMemory: `The kubelet reports less than the machine's nominal memory (${input.nodeMemory} GiB), never more.` };
  }
  if (input.reserved === 'kubeadm') {
    const kernelMiB = (input.capacityMemory ?? input.nodeMemory) * 1024;
    if (input.nodeCpu < KUBEADM_MIN_CPUS) errors.nodeCpu = `kubeadm's preflight check refuses a control-plane machine with fewer than ${KUBEADM_MIN_CPUS} CPUs (ControlPlaneNumCPU).`;
    if (kernelMiB < KUBEADM_MIN_MEMORY_MiB) errors[input.capacityMemory === null ? 'nodeMemory' : 'capacityMemory'] = `kubeadm's preflight check refuses a control-plane machine with less than ${mib(KUBEADM_MIN_MEMORY_MiB)} of memory (ControlPlaneMem).`;
    if (Object.keys(errors).length > 0) return errors;
  }
  const a = allocatableFor(input.reserved, nodeShapeOf(input));
  const cpuLeft = a.allocatableCpuMillicores / 1000 - input.daemonCpu;
  const memLeft = a.allocatableMemoryMiB - input.daemonMemory;
  if (cpuLeft <= 0) errors.daemonCpu = `DaemonSets would take all of a machine's allocatable CPU (${cores(a.allocatableCpuMillicores / 1000)}).`;
  else if (input.podCpu > cpuLeft) errors.podCpu = `One pod asks for more CPU than a machine has left after reservations and DaemonSets (${cores(cpuLeft)}).`;
  if (memLeft <= 0) errors.daemonMemory = `DaemonSets would take all of a machine's allocatable memory (${mib(a.allocatableMemoryMiB)}).`;
  else if (input.podMemory > memLeft) errors.podMemory = `One pod asks for more memory than a machine has left after reservations and DaemonSets (${mib(memLeft)}).`;
  if (input.daemonPods >= input.maxPods) errors.daemonPods = `DaemonSet pods would fill every pod slot (max pods is ${input.maxPods}).`;
  return errors;
}
