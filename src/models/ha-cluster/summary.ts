import { plural } from '../shared/format.ts';
import type { HaResult } from './compute.ts';
import type { HaInput } from './inputs.ts';

const ROLE_WORDS = {
  converged: ['converged machine', 'converged machines', ' (control plane, etcd and pods on each)'],
  stacked: ['control-plane machine', 'control-plane machines', ' with stacked etcd'],
  external: ['control-plane machine', 'control-plane machines', ''],
} as const;

/** One-paragraph plain-language summary of a plan ("9 machines: 3 control plane with stacked etcd, ..."). */
export function summarise(input: HaInput, r: HaResult): string {
  const [one, many, detail] = ROLE_WORDS[input.topology];
  const parts = [`${plural(r.controlPlaneMachines, one, many)}${detail}`];
  if (r.etcdMachines > 0) parts.push(`${r.etcdMachines} etcd`);
  if (r.workerMachines > 0 || input.topology !== 'converged') parts.push(plural(r.workerMachines, 'worker'));
  const head = `${plural(r.totalMachines, 'machine')}: ${parts.join(', ')}`;
  const survives = r.survival.plan === 0 ? 'no machine failure is survived' : `survives ${plural(r.survival.plan, 'machine failure')}`;
  let zone = '';
  if (r.zoneLoss.applicable) {
    if (r.zoneLoss.survived) zone = `; survives the loss of any one of ${input.zones} zones`;
    else if (!r.zoneLoss.etcd) zone = `; a zone loss would take etcd quorum (add a third zone, even a small witness site holding one etcd member)`;
    else zone = '; a zone loss would leave too little room for the pods';
  }
  return `${head}; ${survives}${zone}.`;
}

/** The plan as a Markdown table, for "copy as Markdown". */
export function toMarkdown(input: HaInput, r: HaResult, link: string): string {
  const rows: Array<[string, string]> = [
    ['Topology', input.topology],
    ['Machines in total', String(r.totalMachines)],
    ['Control-plane machines', String(r.controlPlaneMachines)],
    ['etcd machines (external)', String(r.etcdMachines)],
    ['Workers', String(r.workerMachines)],
    ['etcd members / quorum', `${r.etcd.members} / ${r.etcd.quorum}`],
    ['Allocatable per machine', `${(r.allocatable.allocatableCpuMillicores / 1000).toFixed(2)} cores, ${(r.allocatable.allocatableMemoryMiB / 1024).toFixed(2)} GiB`],
    ['Pods per worker', `${r.worker.pods} (${r.worker.binding} binds)`],
    ['Machine failures survived', String(r.survival.plan)],
    ['Zone loss survived', r.zoneLoss.applicable ? (r.zoneLoss.survived ? 'yes' : 'no') : 'one zone only'],
    ['CPU / memory requested', `${r.cpuUtilizationPercent.toFixed(1)}% / ${r.memoryUtilizationPercent.toFixed(1)}%`],
  ];
  return [
    `**HA cluster plan**: ${summarise(input, r)}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    `Workload: ${input.replicas} pods of ${input.podCpu} cores and ${input.podMemory} MiB on ${input.nodeCpu} vCPU / ${input.nodeMemory} GiB machines (${input.reserved} reservations). [Open in K8s or Die](${link})`,
  ].join('\n');
}
