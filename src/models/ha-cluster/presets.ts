import type { Preset } from '../shared/calculator-model.ts';
import type { HaFields } from './inputs.ts';

/** The talk's cases as one-click starting points (values only for the fields they change). */
export const haPresets: Preset<HaFields>[] = [
  { id: 'one-machine', label: 'One machine (the talk)', values: { topology: 'converged', tolerate: '0', zones: '1', replicas: '6' } },
  { id: 'three-converged', label: 'Three converged machines (the talk\'s HA)', values: { topology: 'converged', tolerate: '1', zones: '1', replicas: '12' } },
  { id: 'kubeadm-ha', label: 'kubeadm HA with workers', values: { topology: 'stacked', tolerate: '1', zones: '1', replicas: '30' } },
  { id: 'three-zones', label: 'Three zones', values: { topology: 'stacked', tolerate: '1', zones: '3', replicas: '30' } },
];
