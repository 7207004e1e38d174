import { listWords, num } from '../shared/format.ts';
import type { VmcResult } from './compute.ts';
import type { VmcInput } from './fields.ts';
import { OPTION_LABELS, optionIds, type OptionId } from './option.ts';
import { computeContainers } from './containers.ts';
import { maxPodsField } from '../shared/node-fields.ts';

const n = (x: number, digits = 0) => num(x, digits);
const hosts = (x: number) => `${n(x)} ${x === 1 ? 'host' : 'hosts'}`;
const IN_TEXT: Record<OptionId, string> = { vm: 'VMs on OpenStack', containers: 'containers on bare metal', nested: 'containers in VMs' };
const lower = (id: OptionId) => IN_TEXT[id];
const minutes = (m: number) => (m < 1 ? `${n(m * 60)} seconds` : `${n(m, 1)} ${n(m, 1) === '1' ? 'minute' : 'minutes'}`);

/** The headline: which option needs the fewest hosts, against the others. */
function headline(r: VmcResult): string {
  const best = r.cheapest;
  const others = optionIds.filter((id) => id !== best);
  const tied = others.filter((id) => r[id].hosts === r[best].hosts);
  if (tied.length > 0) {
    const names = [best, ...tied].map(lower);
    const list = listWords(names);
    const same = tied.every((id) => Math.abs(r[id].overheadMemoryGiB - r[best].overheadMemoryGiB) < 0.05);
    const tail = same ? ', with the same memory overhead' : `; ${lower(best)} spend the least memory on overhead (${n(r[best].overheadMemoryGiB)} GiB)`;
    return `${list.charAt(0).toUpperCase()}${list.slice(1)} tie at ${hosts(r[best].hosts)}${tail}.`;
  }
  const rest = others.map((id) => `${hosts(r[id].hosts)} as ${lower(id)}`).join(' and ');
  return `${OPTION_LABELS[best]} need the fewest hosts: ${hosts(r[best].hosts)}, against ${rest}.`;
}

/** Why the VMs cost what they do: flavor rounding when it strands memory or vCPUs, the guest OS otherwise. */
function vmReason(input: VmcInput, r: VmcResult): string {
  const f = r.vm.flavor;
  if (!f) return '';
  const perVm = input.guestMemory + input.vmOverhead;
  const padding = f.memoryMiB - input.memory - input.guestMemory;
  if (padding > perVm || f.vcpu - input.cpu >= 1) {
    return ` Each VM is rounded up to ${f.name} (${f.vcpu} vCPU, ${n(f.memoryMiB)} MiB) for ${n(input.cpu, 2)} vCPU and ${n(input.memory + input.guestMemory)} MiB needed, which strands ${n(r.vm.strandedCpu, 1)} vCPU and ${n(r.vm.strandedMemoryGiB)} GiB; try flavors=exact or your own sizes.`;
  }
  if (perVm > 0) return ` Each VM carries its own guest OS and hypervisor memory, ${n(perVm)} MiB, ${n((perVm * input.instances) / 1024)} GiB in all.`;
  return '';
}

/** Why a Kubernetes host stops where it does, when VMs come out ahead. */
function containersReason(r: VmcResult): string {
  if (r.vm.hosts >= r.containers.hosts) return '';
  return ` A bare-metal Kubernetes host stops at ${n(r.containers.density)} instances, held back by ${r.containers.limit}, while a VM host holds ${n(r.vm.density)}.`;
}

/** When the max-pods limit stops a bare-metal host: what raising it, as far as any provider allows, would save. */
function maxPodsReason(input: VmcInput, r: VmcResult): string {
  if (r.containers.node.pods.binding !== 'max-pods' || input.maxPods >= maxPodsField.max) return '';
  const raised = computeContainers({ ...input, maxPods: maxPodsField.max });
  if (raised.hosts >= r.containers.hosts) return '';
  return ` Max pods decides it: a bare-metal host stops at ${n(input.maxPods)} pods. Raising max pods to ${maxPodsField.max}, as GKE allows, would need ${hosts(raised.hosts)} instead of ${n(r.containers.hosts)}, if the network plugin has the addresses.`;
}

/** What the worker VMs cost on top of bare metal. */
function nestedCost(r: VmcResult): string {
  const extraHosts = r.nested.hosts - r.containers.hosts;
  const extraMemory = r.nested.overheadMemoryGiB - r.containers.overheadMemoryGiB;
  if (extraHosts < 0 && r.containers.node.pods.binding === 'max-pods') {
    return ' Splitting each host into worker VMs helps here: every worker has its own max-pods limit, which a large bare-metal host reaches first.';
  }
  if (extraHosts <= 0 && extraMemory <= 0) return '';
  const hostsPart = extraHosts > 0 ? `${hosts(extraHosts)} and ` : '';
  return ` Running the Kubernetes workers as VMs costs ${hostsPart}${n(Math.max(0, extraMemory))} GiB more overhead than bare metal: the price of keeping OpenStack's tenancy and APIs underneath.`;
}

/**
 * A short verdict in plain words that follows the numbers: a headline (which option needs the fewest hosts), then
 * why, what rollouts take, and when density should not decide.
 */
export function verdict(input: VmcInput, r: VmcResult): { headline: string; details: string } {
  const counts = optionIds.map((id) => r[id].hosts);
  const close = Math.max(...counts) - Math.min(...counts) <= 1;
  const rollout = ` Replacing every instance, ${n(input.surge)}% at a time, takes about ${minutes(r.rollout.vm.minutes)} as VMs and ${minutes(r.rollout.containers.minutes)} as containers.`;
  const decide = close ? ' The host counts are within one of each other, so decide on the qualities below rather than on density.' : '';
  return { headline: headline(r), details: `${vmReason(input, r)}${containersReason(r)}${maxPodsReason(input, r)}${nestedCost(r)}${rollout}${decide}`.trim() };
}

/** The verdict as one paragraph of text. */
export function verdictText(input: VmcInput, r: VmcResult): string {
  const v = verdict(input, r);
  return `${v.headline} ${v.details}`;
}
