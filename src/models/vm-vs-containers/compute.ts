import { computeContainers, type ContainersResult } from './containers.ts';
import type { VmcInput } from './fields.ts';
import { computeNested, type NestedResult } from './nested.ts';
import { optionIds, type OptionId, type OptionResult } from './option.ts';
import { rollouts, type Rollout } from './rollout.ts';
import { computeVm, type VmResult } from './vm.ts';

/** The comparison: each option's hosts, density, memory and rollout, and the option needing the fewest hosts. */
export interface VmcResult {
  vm: VmResult;
  containers: ContainersResult;
  nested: NestedResult;
  rollout: Record<OptionId, Rollout>;
  cheapest: OptionId;
}

/** The option with the fewest hosts; on a tie, the one spending less memory on overhead, then the page's order. */
export function cheapestOf(options: readonly OptionResult[]): OptionId {
  const ranked = [...options].sort((a, b) => a.hosts - b.hosts || a.overheadMemoryGiB - b.overheadMemoryGiB
    || optionIds.indexOf(a.id) - optionIds.indexOf(b.id));
  return ranked[0].id;
}

/** Compares running `instances` copies of a service as VMs, as containers on bare metal, and as containers in VMs. */
export function computeVmc(input: VmcInput): VmcResult {
  const vm = computeVm(input);
  const containers = computeContainers(input);
  const nested = computeNested(input);
  return { vm, containers, nested, rollout: rollouts(input), cheapest: cheapestOf([vm, containers, nested]) };
}
