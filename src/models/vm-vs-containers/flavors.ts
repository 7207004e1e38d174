import { int } from '../shared/format.ts';

/**
 * Nova flavors for the VM option: the `flavors` parameter names the sizes an instance may be rounded up to.
 * Syntax: comma-separated items, each `m1` (the old default flavors), `exact` (a flavor made to measure)
 * or `<vCPU>x<MiB>` such as `4x8192`.
 */

/** A flavor's size: whole vCPUs and RAM in MiB (Nova's memory_mb). */
export interface Flavor { name: string; vcpu: number; memoryMiB: number }

/**
 * The m1 flavors Nova created by default until Mitaka; Newton removed them, so operators now define their own.
 * https://docs.openstack.org/nova/latest/admin/flavors.html
 */
export const M1_FLAVORS: readonly Flavor[] = [
  { name: 'm1.tiny', vcpu: 1, memoryMiB: 512 },
  { name: 'm1.small', vcpu: 1, memoryMiB: 2048 },
  { name: 'm1.medium', vcpu: 2, memoryMiB: 4096 },
  { name: 'm1.large', vcpu: 4, memoryMiB: 8192 },
  { name: 'm1.xlarge', vcpu: 8, memoryMiB: 16384 },
];

/** One item of the `flavors` parameter. */
export const FLAVOR_ITEM = /^(m1|exact|[1-9]\d{0,3}x[1-9]\d{0,7})$/;

/** What one instance needs from its VM: whole vCPUs (at least one) and RAM in MiB including the guest OS. */
export function vmNeed(cpu: number, memoryMiB: number, guestMemoryMiB: number): { vcpu: number; memoryMiB: number } {
  // The epsilon keeps 2.0000000001 from decimal inputs at 2 vCPUs.
  return { vcpu: Math.max(1, Math.ceil(cpu - 1e-9)), memoryMiB: Math.ceil(memoryMiB + guestMemoryMiB - 1e-9) };
}

/** The flavors a list names, largest last; `exact` becomes a flavor sized to `need`. */
export function flavorsFrom(items: readonly string[], need: { vcpu: number; memoryMiB: number }): Flavor[] {
  const list: Flavor[] = [];
  for (const item of items) {
    if (item === 'm1') list.push(...M1_FLAVORS);
    else if (item === 'exact') list.push({ name: 'made to measure', ...need });
    else {
      const [vcpu, memoryMiB] = item.split('x').map(Number);
      list.push({ name: `${vcpu} vCPU / ${int(memoryMiB)} MiB`, vcpu, memoryMiB });
    }
  }
  return list.sort((a, b) => a.memoryMiB - b.memoryMiB || a.vcpu - b.vcpu);
}

/** The flavors that hold one instance's need. */
export function fittingFlavors(flavors: readonly Flavor[], need: { vcpu: number; memoryMiB: number }): Flavor[] {
  return flavors.filter((f) => f.vcpu >= need.vcpu && f.memoryMiB >= need.memoryMiB);
}
