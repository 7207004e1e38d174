import type { ChoiceField, Values } from '../shared/fields.ts';

const yesNo = (label: string, byDefault: 'yes' | 'no', note?: string): ChoiceField<'yes' | 'no'> => ({
  kind: 'choice', label, default: byDefault, note, options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }],
});

const gpu: ChoiceField<'none' | 'some' | 'heavy'> = {
  kind: 'choice', label: 'GPU demand', default: 'none',
  options: [{ value: 'none', label: 'None' }, { value: 'some', label: 'Some: a few GPU jobs' }, { value: 'heavy', label: 'Heavy: data science that keeps asking for more' }],
};

/** The picker's questions about the estate you have and what you want; the keys are the public URL parameters. */
export const pickerFields = {
  openstack: yesNo('An OpenStack cloud in production', 'yes', 'Production, a development cloud, or both.'),
  spareMetal: yesNo('Spare bare-metal servers', 'no', 'Servers that are not part of the OpenStack cloud, or could leave it.'),
  gpu,
  tenantClusters: yesNo('Tenants want Kubernetes clusters of their own', 'yes', 'Teams that want their own cluster, version and administrators.'),
  isolation: yesNo('Teams must be strongly isolated from each other', 'no', 'For example tenants who do not trust each other.'),
  containerizeOpenstack: yesNo('You want Kubernetes to run the OpenStack control plane', 'no', 'Containerized OpenStack services, deployed, upgraded and healed by Kubernetes.'),
  kubernetesOps: yesNo('Your team already runs Kubernetes in production', 'no'),
};
export type PickerFields = typeof pickerFields;
export type PickerInput = Values<PickerFields>;
