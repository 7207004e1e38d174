import { type ChoiceField, type ListField, numberField as num, optionalNumberField, type Values } from '../shared/fields.ts';
import { machineIds } from '../shared/machines.ts';
import { SIMULATOR_LIMITS } from '../shared/simulator-limits.ts';
import { topologyField } from '../shared/topology.ts';

const MACHINE_ID = /^(cp|etcd|worker)-[1-9]\d{0,2}$/;
const list = (label: string, note: string): ListField => ({ kind: 'list', label, pattern: MACHINE_ID, example: 'cp-1, etcd-2 or worker-3', default: '', note });

/** What runs on the machines: interchangeable replicas, or pods that each keep a name and a volume. */
export const workloadKinds = ['deployment', 'statefulset'] as const;
export type WorkloadKind = (typeof workloadKinds)[number];
const workload: ChoiceField<WorkloadKind> = {
  kind: 'choice', label: 'Workload', default: 'deployment', source: 'k8s-force-delete-statefulset',
  options: [{ value: 'deployment', label: 'Deployment (interchangeable replicas)' }, { value: 'statefulset', label: 'StatefulSet (each pod keeps its volume)' }],
  note: 'A Deployment\'s pods on a lost machine are replaced once evicted; a StatefulSet\'s are not replaced until someone acts, because the pod may still be running and holding its volume.',
};

/** The longest moment the timeline reaches: late enough for an operator's action half an hour in. */
export const TIMELINE_END_S = 1800;

/** The simulator's inputs; the keys are the public URL parameters. */
export const simFields = {
  topology: topologyField,
  controlPlanes: num({ label: 'Control-plane machines', unit: 'machines', default: 3, min: 1, max: SIMULATOR_LIMITS.controlPlanes, integer: true, limitReason: 'etcd advises at most 7 members', source: 'k8s-ha-topology', note: 'Three: the smallest highly available control plane.' }),
  etcd: num({ label: 'External etcd machines', unit: 'machines', default: 0, min: 0, max: SIMULATOR_LIMITS.etcd, integer: true, limitReason: 'etcd advises at most 7 members', note: '0 for stacked and converged clusters, where etcd runs on the control-plane machines.' }),
  workers: num({ label: 'Workers', unit: 'machines', default: 3, min: 0, max: SIMULATOR_LIMITS.workers, integer: true, limitReason: 'the simulator draws every machine' }),
  zones: num({ label: 'Failure zones', unit: 'zones', default: 3, min: 1, max: 5, integer: true }),
  replicas: num({ label: 'Pods (replicas)', unit: 'pods', default: 12, min: 0, max: SIMULATOR_LIMITS.replicas, integer: true, note: 'An example workload.' }),
  workload,
  podsPerMachine: num({ label: 'Pods one machine can hold', unit: 'pods', default: 110, min: 1, max: SIMULATOR_LIMITS.podsPerMachine, integer: true, source: 'k8s-large-clusters', note: 'Default: the 110-pod per-node limit. The HA sizer passes what your pods really fit.' }),
  down: list('Failed machines', 'Comma-separated ids; or click the machines.'),
  partition: list('Cut off by a network split', 'Machines on one side of the split; the rest are on the other.'),
  outOfService: optionalNumberField({ label: 'Operator applies the out-of-service taint at', unit: 's after the fault', emptyMeans: 'never', min: 0, max: TIMELINE_END_S, integer: true, source: 'k8s-node-shutdown',
    note: 'node.kubernetes.io/out-of-service on the failed machines (non-graceful node shutdown, GA in 1.28): their pods are force-deleted and their volumes detached, so StatefulSet pods start elsewhere. Only on machines that are really off.' }),
  at: num({ label: 'Seconds since the fault', unit: 's', default: 0, min: 0, max: TIMELINE_END_S, integer: true }),
};
export type SimFields = typeof simFields;
export type SimInput = Values<SimFields>;

/** Checks across fields: etcd machines only with external etcd, and fault ids that exist in the layout. */
export function simCrossFieldErrors(input: SimInput): Partial<Record<keyof SimFields, string>> {
  const errors: Partial<Record<keyof SimFields, string>> = {};
  if (input.topology === 'external' && input.etcd === 0) errors.etcd = 'External etcd needs at least one etcd machine (three for HA).';
  if (input.topology !== 'external' && input.etcd > 0) errors.etcd = 'Stacked and converged clusters run etcd on the control-plane machines: set 0, or choose external etcd.';
  const known = new Set(machineIds(input));
  for (const key of ['down', 'partition'] as const) {
    const unknown = input[key].filter((id) => !known.has(id));
    if (unknown.length > 0) errors[key] = `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in this layout, which has ${describeIds(input)}.`;
  }
  return errors;
}

function describeIds(input: SimInput): string {
  const range = (prefix: string, n: number) => (n === 0 ? [] : [n === 1 ? `${prefix}-1` : `${prefix}-1 to ${prefix}-${n}`]);
  return [...range('cp', input.controlPlanes), ...range('etcd', input.topology === 'external' ? input.etcd : 0), ...range('worker', input.workers)].join(', ');
}
