import type { BarChartSpec } from '../shared/chart-spec.ts';
import type { VmcResult } from './compute.ts';
import { OPTION_LABELS, OPTION_TONES as TONES, optionIds, type MemoryUse } from './option.ts';

const MEMORY_PARTS: Array<[keyof MemoryUse, string]> = [
  ['workload', 'The workload'],
  ['system', 'Operating systems and reservations'],
  ['virtualisation', 'Hypervisor and runtime overhead'],
  ['daemonSets', 'DaemonSets'],
  ['stranded', 'Held by VMs, unused'],
];

/** Hosts each option needs, one bar per option. */
export function hostsChart(r: VmcResult): BarChartSpec {
  return {
    title: 'Hosts needed', categories: ['Hosts'], unit: 'hosts', digits: 0,
    series: optionIds.map((id) => ({ label: OPTION_LABELS[id], values: [r[id].hosts], tone: TONES[id] })),
  };
}

/** Where the hosts' memory goes (GiB over all hosts), grouped by part, one bar per option. */
export function memoryChart(r: VmcResult): BarChartSpec {
  return {
    title: 'Where the memory goes, over all hosts', categories: MEMORY_PARTS.map(([, label]) => label), unit: 'GiB', digits: 1,
    series: optionIds.map((id) => ({ label: OPTION_LABELS[id], values: MEMORY_PARTS.map(([key]) => r[id].memoryGiB[key]), tone: TONES[id] })),
  };
}
