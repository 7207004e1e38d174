import { listWords, num, plural } from '../../shared/format.ts';
import { machinesWith, numbersIn, zoneIndexes, type ExportPlan } from './plan.ts';

/**
 * Placeholders and the plan in words, shared by every export. A placeholder is always <UPPER_CASE>, so a reader
 * (and a test) finds every value still to fill in; none of them looks like a real address, name or secret.
 */

/** A value the reader fills in: <NAME>. */
export const ph = (name: string) => `<${name}>`;
/** Every placeholder in a text. */
export const PLACEHOLDER = /<[A-Z][A-Z0-9_]*>/g;
/** The name of the 0-based zone `zone`: <ZONE_1>, <ZONE_2>... */
export const zonePh = (zone: number) => ph(`ZONE_${zone + 1}`);
/** The address of a machine: cp-1 -> <CP_1_ADDRESS>. */
export const addressPh = (id: string) => ph(`${id.toUpperCase().replace(/-/g, '_')}_ADDRESS`);

/** The API servers' port: kubeadm's and Kubespray's default, which CAPO's load balancer uses too. */
export const API_PORT = 6443;

/** Every machine's size in words: "4 vCPU, 16 GiB". */
export const sizeWords = (plan: ExportPlan) => `${num(plan.node.cpuCores)} vCPU, ${num(plan.node.memoryGiB)} GiB`;

const CONTROL_PLANE_WORDS = {
  converged: ['converged machine', ' (control plane, etcd and pods on each)'],
  stacked: ['control-plane machine', ' with stacked etcd'],
  external: ['control-plane machine', ''],
} as const;

/** The plan in one line: "3 control-plane machines with stacked etcd, 6 workers, over 3 zones; each 4 vCPU, 16 GiB." */
export function planWords(plan: ExportPlan): string {
  const [cp, detail] = CONTROL_PLANE_WORDS[plan.topology];
  const parts = [`${plural(plan.controlPlanes, cp)}${detail}`];
  if (plan.etcd > 0) parts.push(plural(plan.etcd, 'etcd machine'));
  if (plan.workers > 0 || plan.topology !== 'converged') parts.push(plural(plan.workers, 'worker'));
  return `${listWords(parts)}, over ${plural(plan.zones, 'zone')}; each machine ${sizeWords(plan)}.`;
}

const ordinal = (n: number) => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
};

/** Whether numbers step evenly (1, 4, 7...), and by how much; one number counts as a step of 1. */
export function stepOf(nums: readonly number[]): number | null {
  if (nums.length < 2) return 1;
  const step = nums[1] - nums[0];
  return step > 0 && nums.every((n, i) => n === nums[0] + i * step) ? step : null;
}

/** Names in words: "cp-1, cp-2 and cp-3", or for a long even run "worker-1 to worker-118, every 3rd (40 machines)". */
export function namesInWords(prefix: string, nums: readonly number[]): string {
  const step = stepOf(nums);
  if (nums.length <= 4 || step === null) return listWords(nums.map((n) => `${prefix}-${n}`));
  const every = step === 1 ? '' : `, every ${ordinal(step)}`;
  return `${prefix}-${nums[0]} to ${prefix}-${nums[nums.length - 1]}${every} (${plural(nums.length, 'machine')})`;
}

/** Lines naming the machines in each zone, for a file's header: "  <ZONE_1>: cp-1, worker-1 and worker-4". */
export function machinesByZone(plan: ExportPlan): string[] {
  return zoneIndexes(plan).map((zone) => {
    const groups = (['control-plane', 'etcd', 'worker'] as const)
      .map((role) => [role, numbersIn(plan, role, zone)] as const)
      .filter(([, nums]) => nums.length > 0)
      .map(([role, nums]) => namesInWords(role === 'control-plane' ? 'cp' : role, nums));
    return `  ${zonePh(zone)}: ${groups.length > 0 ? groups.join('; ') : 'no machines'}`;
  });
}

/** The control-plane machines other than the first, in words ("cp-2 and cp-3"), or null when there is one. */
export function otherControlPlanes(plan: ExportPlan): string | null {
  const others = machinesWith(plan, 'control-plane').slice(1).map((m) => Number(m.id.slice(3)));
  return others.length > 0 ? namesInWords('cp', others) : null;
}
