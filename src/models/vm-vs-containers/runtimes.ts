/**
 * Container runtimes and the pod overhead their RuntimeClass adds to every pod's requests (overhead.podFixed).
 * Kata figures: https://github.com/kata-containers/kata-containers/blob/main/tools/packaging/kata-deploy/runtimeclasses/kata-runtimeClasses.yaml
 * The scheduler adds the overhead to the pod's requests: https://kubernetes.io/docs/concepts/scheduling-eviction/pod-overhead/
 */
export const runtimes = ['runc', 'kata-qemu', 'kata-clh', 'kata-fc', 'kata-qemu-tdx'] as const;
export type Runtime = (typeof runtimes)[number];

/** Per-pod overhead of each runtime: CPU in millicores and memory in MiB, with a label for the form. */
export const RUNTIME_OVERHEAD: Record<Runtime, { cpuMillicores: number; memoryMiB: number; label: string }> = {
  runc: { cpuMillicores: 0, memoryMiB: 0, label: 'runc (no pod overhead)' },
  'kata-qemu': { cpuMillicores: 250, memoryMiB: 160, label: 'kata-qemu (250m, 160 MiB)' },
  'kata-clh': { cpuMillicores: 250, memoryMiB: 130, label: 'kata-clh (250m, 130 MiB)' },
  'kata-fc': { cpuMillicores: 250, memoryMiB: 130, label: 'kata-fc (250m, 130 MiB)' },
  'kata-qemu-tdx': { cpuMillicores: 1000, memoryMiB: 2048, label: 'kata-qemu-tdx (1 CPU, 2,048 MiB)' },
};
