import type { Preset } from '../shared/calculator-model.ts';
import type { VmcFields } from './fields.ts';

/** Starting points that show one effect each. */
export const vmcPresets: Preset<VmcFields>[] = [
  { id: 'before-antelope', label: 'Nova before 2023.1 (16.0 / 1.5)', values: { cpuRatio: '16', ramRatio: '1.5' } },
  { id: 'made-to-measure', label: 'Flavors made to measure', values: { flavors: 'exact' } },
  { id: 'kata', label: 'Kata Containers (QEMU)', values: { runtime: 'kata-qemu' } },
  { id: 'many-small', label: 'Many small services', values: { instances: '600', cpu: '0.1', memory: '128' } },
  { id: 'no-overheads', label: 'No overheads at all', values: {
    reservedHostMemory: '0', vmOverhead: '0', guestMemory: '0', flavors: 'exact', reserved: 'none',
    daemonCpu: '0', daemonMemory: '0', daemonPods: '0', runtime: 'runc', workersPerHost: '1',
  } },
];
