import { fits } from '../shared/pod-capacity.ts';
import { fittingFlavors, flavorsFrom, vmNeed, type Flavor } from './flavors.ts';
import type { VmcInput } from './fields.ts';
import { hostsFor, overheadOf, tightest, type MemoryUse, type OptionResult } from './option.ts';

const GiB = 1024;
const LIMIT_WORDS = {
  cpuRatio: 'Nova\'s CPU allocation ratio',
  ramRatio: 'Nova\'s RAM allocation ratio',
  cores: 'the host\'s cores',
  memory: 'the host\'s physical memory',
} as const;

/**
 * VMs one host holds with a flavor. Nova's placement allows (total - reserved) x ratio of each resource
 * (https://docs.openstack.org/nova/latest/configuration/config.html); the host must also really have the cores
 * the workload uses and the memory it touches (workload, guest OS and the hypervisor's own per-VM memory).
 */
export function vmsPerHost(input: VmcInput, flavor: Flavor) {
  const usableMiB = input.hostMemory * GiB - input.reservedHostMemory;
  return tightest({
    cpuRatio: fits(input.hostCpu * input.cpuRatio, flavor.vcpu),
    ramRatio: fits(usableMiB * input.ramRatio, flavor.memoryMiB),
    cores: fits(input.hostCpu, input.cpu),
    memory: fits(usableMiB, input.memory + input.guestMemory + input.vmOverhead),
  });
}

/** The listed flavor that packs the most VMs on a host (the smaller on ties), or null when none holds an instance. */
export function bestFlavor(input: VmcInput): Flavor | null {
  const need = vmNeed(input.cpu, input.memory, input.guestMemory);
  let best: Flavor | null = null;
  let bestDensity = -1;
  for (const f of fittingFlavors(flavorsFrom(input.flavors, need), need)) {
    const d = vmsPerHost(input, f).value;
    if (d > bestDensity) { best = f; bestDensity = d; }
  }
  return best;
}

/** The VM option: one instance per VM, rounded up to the best flavor, placed by Nova's ratios. */
export interface VmResult extends OptionResult { flavor: Flavor | null }

/** Hosts, density, memory (GiB) and stranded resources when every instance is its own VM. */
export function computeVm(input: VmcInput): VmResult {
  const flavor = bestFlavor(input);
  const perHost = flavor ? vmsPerHost(input, flavor) : { value: 0, key: 'memory' as const };
  const hosts = hostsFor(input.instances, perHost.value);
  const n = input.instances;
  const padMiB = flavor ? flavor.memoryMiB - input.memory - input.guestMemory : 0;
  const memoryGiB: MemoryUse = {
    workload: (n * input.memory) / GiB,
    system: (hosts * input.reservedHostMemory + n * input.guestMemory) / GiB,
    virtualisation: (n * input.vmOverhead) / GiB,
    daemonSets: 0,
    stranded: (n * Math.max(0, padMiB)) / GiB,
  };
  return {
    id: 'vm', flavor, hosts, density: perHost.value, limit: LIMIT_WORDS[perHost.key], memoryGiB,
    overheadMemoryGiB: overheadOf(memoryGiB),
    strandedCpu: flavor ? n * Math.max(0, flavor.vcpu - input.cpu) : 0,
    strandedMemoryGiB: memoryGiB.stranded,
  };
}
