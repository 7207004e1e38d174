import type { ChoiceField } from './fields.ts';

/** Cluster shapes: the talk's converged machines, kubeadm's stacked etcd, or etcd on machines of its own. */
export const topologies = ['converged', 'stacked', 'external'] as const;
export type Topology = (typeof topologies)[number];

/** How each topology reads in a form. */
export const TOPOLOGY_LABELS: Record<Topology, string> = {
  converged: 'Converged (every role on every machine)',
  stacked: 'Stacked etcd (kubeadm default)',
  external: 'External etcd',
};

/** The topology choice, as the HA sizer and the failure simulator both ask it. */
export const topologyField: ChoiceField<Topology> = {
  kind: 'choice', label: 'Topology', default: 'stacked', source: 'k8s-ha-topology',
  options: topologies.map((value) => ({ value, label: TOPOLOGY_LABELS[value] })),
};
