import type { Preset } from '../shared/calculator-model.ts';
import type { SimFields } from './inputs.ts';

/** Starting layouts and faults for the simulator. */
export const simPresets: Preset<SimFields>[] = [
  { id: 'lose-one-of-three', label: 'Three converged machines, lose one', values: { topology: 'converged', controlPlanes: '3', etcd: '0', workers: '0', zones: '3', replicas: '12', down: 'cp-1', partition: '', at: '0' } },
  { id: 'lose-two-of-three', label: 'Lose two of three control-plane machines', values: { topology: 'stacked', controlPlanes: '3', etcd: '0', workers: '3', zones: '3', replicas: '12', down: 'cp-1,cp-2', partition: '', at: '0' } },
  { id: 'zone-outage', label: 'Stacked HA, lose a zone', values: { topology: 'stacked', controlPlanes: '3', etcd: '0', workers: '6', zones: '3', replicas: '30', down: 'cp-1,worker-1,worker-4', partition: '', at: '0' } },
  { id: 'split-brain', label: 'Two zones, split the network', values: { topology: 'stacked', controlPlanes: '3', etcd: '0', workers: '4', zones: '2', replicas: '20', down: '', partition: 'cp-2,worker-1,worker-3', at: '0' } },
];
