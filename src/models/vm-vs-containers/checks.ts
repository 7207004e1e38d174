import { mib } from '../shared/format.ts';
import { computeContainers } from './containers.ts';
import type { VmcFields, VmcInput } from './fields.ts';
import { fittingFlavors, flavorsFrom, vmNeed } from './flavors.ts';
import { computeNested, workerShape } from './nested.ts';
import { bestFlavor, vmsPerHost } from './vm.ts';

type Errors = Partial<Record<keyof VmcFields, string>>;

/** Checks the VM option can hold one instance: a listed flavor fits it, and a host fits one such VM. */
function vmErrors(input: VmcInput, errors: Errors): void {
  const need = vmNeed(input.cpu, input.memory, input.guestMemory);
  const listed = flavorsFrom(input.flavors, need);
  const usableMiB = input.hostMemory * 1024 - input.reservedHostMemory;
  if (input.memory + input.guestMemory + input.vmOverhead > usableMiB) {
    errors.memory = `One VM, with its guest OS and hypervisor overhead, needs more memory than a host has after Nova's reservation (${mib(usableMiB)}).`;
  } else if (listed.length === 0) errors.flavors = 'List at least one flavor: m1, exact, or sizes like 2x4096.';
  else if (fittingFlavors(listed, need).length === 0) {
    const largest = listed[listed.length - 1];
    errors.flavors = `No listed flavor holds one instance, which needs ${need.vcpu} vCPU and ${mib(need.memoryMiB)} with its guest OS (the largest is ${largest.vcpu}x${largest.memoryMiB}). Add a larger size or exact.`;
  } else if (vmsPerHost(input, bestFlavor(input)!).value === 0) {
    errors.flavors = 'Not one VM of any listed flavor fits on a host after Nova\'s reservation, ratios and the per-VM overhead.';
  }
}

/** Checks a Kubernetes node (a host, or a worker VM) can hold DaemonSets and one pod. */
function nodeErrors(input: VmcInput, errors: Errors): void {
  const { node } = computeContainers(input);
  const left = node.pods;
  if (node.allocatable.allocatableCpuMillicores <= input.daemonCpu * 1000) errors.daemonCpu = 'DaemonSets would take all of a host\'s allocatable CPU.';
  else if (node.allocatable.allocatableMemoryMiB <= input.daemonMemory) errors.daemonMemory = 'DaemonSets would take all of a host\'s allocatable memory.';
  else if (input.daemonPods >= input.maxPods) errors.daemonPods = `DaemonSet pods would fill every pod slot (max pods is ${input.maxPods}).`;
  else if (left.byCpu === 0) errors.cpu = 'One pod, with its runtime overhead, asks for more CPU than a host has left after kubelet reservations and DaemonSets.';
  else if (left.byMemory === 0) errors.memory = 'One pod, with its runtime overhead, asks for more memory than a host has left after kubelet reservations and DaemonSets.';
  if (Object.keys(errors).length > 0) return;
  const shape = workerShape(input);
  if (shape.vcpu < 1) errors.workersPerHost = `Each worker VM needs at least one vCPU: use at most ${input.hostCpu} per host.`;
  else if (computeNested(input).worker.pods.pods === 0) {
    errors.workersPerHost = `One pod does not fit in a worker VM of ${shape.vcpu} vCPU and ${mib(shape.memoryMiB)} after its reservations and DaemonSets: use fewer, larger worker VMs.`;
  }
}

/** Checks across fields, so that every option holds at least one instance per host and every result is finite. */
export function vmcCrossFieldErrors(input: VmcInput): Errors {
  const errors: Errors = {};
  if (input.reservedHostMemory >= input.hostMemory * 1024) errors.reservedHostMemory = `Nova would reserve the whole host (${mib(input.hostMemory * 1024)}).`;
  else if (input.cpu > input.hostCpu) errors.cpu = `One instance needs more CPU than a host has (${input.hostCpu} cores).`;
  else vmErrors(input, errors);
  if (Object.keys(errors).length === 0) nodeErrors(input, errors);
  return errors;
}
