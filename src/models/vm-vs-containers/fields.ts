import { type ChoiceField, type ListField, numberField as num, type Values } from '../shared/fields.ts';
import type { ReservationRule } from '../shared/allocatable.ts';
import { daemonFields, maxPodsField, reservedField } from '../shared/node-fields.ts';
import { FLAVOR_ITEM } from './flavors.ts';
import { RUNTIME_OVERHEAD, runtimes, type Runtime } from './runtimes.ts';

/** Kubelet reservation rules: the HA sizer's, plus "none" to switch every reservation off. */
export type KubeletRule = ReservationRule | 'none';
const reserved: ChoiceField<KubeletRule> = {
  ...reservedField,
  options: [...reservedField.options, { value: 'none', label: 'None (idealised: no reservations, no eviction threshold)' }],
  note: 'Bare-metal clusters set their own; GKE\'s tiers are a cited, careful choice. kubeadm reserves only the 100 MiB eviction threshold.',
};
const runtime: ChoiceField<Runtime> = {
  kind: 'choice', label: 'Container runtime', default: 'runc', source: 'kata-runtimeclasses',
  options: runtimes.map((value) => ({ value, label: RUNTIME_OVERHEAD[value].label })),
  note: 'Overhead per pod in brackets. A Kata RuntimeClass wraps each pod in a small VM (clh: Cloud Hypervisor, fc: Firecracker, tdx: confidential) and adds its overhead to every pod\'s requests.',
};
const flavors: ListField = {
  kind: 'list', label: 'Flavors', pattern: FLAVOR_ITEM, example: 'm1, exact or 4x8192 (vCPU x MiB)', default: 'm1', source: 'nova-flavors',
  note: 'Sizes a VM is rounded up to: m1 (the five flavors Nova shipped until Mitaka), exact (made to measure), or vCPU x MiB items such as 2x4096,4x8192.',
};

/** The comparator's inputs; the keys are the public URL parameters. */
export const vmcFields = {
  instances: num({ label: 'Instances of the service', unit: 'instances', default: 200, min: 1, max: 100000, integer: true, note: 'An example service; use your own.' }),
  cpu: num({ label: 'CPU each instance needs', unit: 'vCPU', default: 0.5, min: 0.01, max: 256, note: 'What it uses when busy; a VM rounds this up to whole vCPUs.' }),
  memory: num({ label: 'Memory each instance needs', unit: 'MiB', default: 2048, min: 1, max: 1048576, note: 'The application\'s own memory, without an operating system.' }),
  hostCpu: num({ label: 'CPU cores per host', unit: 'cores', default: 32, min: 1, max: 1024, integer: true, note: 'Example host. Nova and the kubelet both count hardware threads.' }),
  hostMemory: num({ label: 'Memory per host', unit: 'GiB', default: 128, min: 1, max: 24576, note: 'Example host: 4 GiB per core.' }),
  cpuRatio: num({ label: 'Nova CPU allocation ratio', unit: 'vCPU per core', default: 4, min: 0.1, max: 128, source: 'nova-overcommit-change', note: 'Default since 2023.1 Antelope; it was 16.0 before, and hosts added earlier keep their old ratio.' }),
  ramRatio: num({ label: 'Nova RAM allocation ratio', unit: 'x', default: 1, min: 0.1, max: 16, source: 'nova-overcommit-change', note: 'Default since 2023.1 Antelope (no memory overcommit); it was 1.5 before.' }),
  reservedHostMemory: num({ label: 'Host memory reserved by Nova', unit: 'MiB', default: 512, min: 0, max: 1048576, source: 'nova-config', note: 'reserved_host_memory_mb: per host, not per VM.' }),
  vmOverhead: num({ label: 'Hypervisor overhead per VM', unit: 'MiB', default: 160, min: 0, max: 65536, source: 'kata-runtimeclasses', note: 'Rule of thumb: Kata\'s QEMU overhead class; the Firecracker paper measured about 131 MB for QEMU.' }),
  guestMemory: num({ label: 'Guest OS memory per VM', unit: 'MiB', default: 512, min: 0, max: 65536, note: 'Rule of thumb for a small Linux guest\'s kernel and services; no primary measurement found.' }),
  flavors,
  vmBoot: num({ label: 'VM boot to ready', unit: 's', default: 60, min: 0, max: 3600, note: 'Rule of thumb: full VMs take tens of seconds to boot; time yours from create to healthy.' }),
  reserved,
  maxPods: maxPodsField,
  ...daemonFields,
  runtime,
  containerStart: num({ label: 'Container start to ready', unit: 's', default: 5, min: 0, max: 3600, note: 'Rule of thumb: under a second to start once the image is on the node, plus a few seconds for the readiness probe.' }),
  workersPerHost: num({ label: 'Worker VMs per host', unit: 'VMs', default: 8, min: 1, max: 64, integer: true, note: 'Each host is split into this many equal Kubernetes workers, not overcommitted. Rule of thumb: on the example host, workers of 4 vCPU and about 16 GiB.' }),
  surge: num({ label: 'Rollout surge', unit: '% of instances', default: 25, min: 1, max: 100, integer: true, source: 'k8s-deployment', note: 'New instances started at once (a Deployment\'s maxSurge, 25% by default, rounded up).' }),
};
export type VmcFields = typeof vmcFields;
export type VmcInput = Values<VmcFields>;
