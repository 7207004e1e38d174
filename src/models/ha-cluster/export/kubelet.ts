import type { ExportPlan } from './plan.ts';
import type { YamlMap } from './yaml.ts';

/**
 * The kubelet settings the plan was sized with, in the forms the tools take: a KubeletConfiguration
 * (https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/) and the equivalent kubelet flags.
 * The sizer counts the provider's whole reservation as kube-reserved and nothing as system-reserved, as GKE, EKS and
 * AKS configure it. evictionHard replaces the kubelet's defaults as a whole, so its four defaults are written out,
 * memory.available at the threshold the sizer subtracted.
 */

/** The kubelet's default hard-eviction thresholds other than memory (KubeletConfiguration reference, evictionHard). */
export const EVICTION_DEFAULTS = { 'nodefs.available': '10%', 'nodefs.inodesFree': '5%', 'imagefs.available': '15%' } as const;

/** kube-reserved as resource quantities, or null when the plan reserves nothing (kubeadm's defaults). */
export function kubeReserved(plan: ExportPlan): { cpu: string; memory: string } | null {
  const { kubeReservedCpuMillicores: cpu, kubeReservedMemoryMiB: memory } = plan.kubelet;
  return cpu === 0 && memory === 0 ? null : { cpu: `${cpu}m`, memory: `${memory}Mi` };
}

/** The hard-eviction thresholds, signal to quantity. */
export const evictionHard = (plan: ExportPlan): Record<string, string> => ({ 'memory.available': `${plan.kubelet.evictionMemoryMiB}Mi`, ...EVICTION_DEFAULTS });

/** The settings as KubeletConfiguration fields (no apiVersion or kind). */
export function kubeletFields(plan: ExportPlan): YamlMap {
  const reserved = kubeReserved(plan);
  return {
    maxPods: plan.kubelet.maxPods,
    ...(reserved ? { kubeReserved: reserved } : {}),
    evictionHard: evictionHard(plan),
  };
}

/** A whole KubeletConfiguration document. */
export const kubeletConfiguration = (plan: ExportPlan): YamlMap => ({
  apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration', ...kubeletFields(plan),
});

/** The same settings as kubelet flags without their dashes, space-separated: "max-pods=110 kube-reserved=cpu=80m,memory=2662Mi ...". */
export function kubeletFlags(plan: ExportPlan): string {
  const reserved = kubeReserved(plan);
  const eviction = Object.entries(evictionHard(plan)).map(([signal, quantity]) => `${signal}<${quantity}`).join(',');
  return [
    `max-pods=${plan.kubelet.maxPods}`,
    ...(reserved ? [`kube-reserved=cpu=${reserved.cpu},memory=${reserved.memory}`] : []),
    `eviction-hard=${eviction}`,
  ].join(' ');
}

/** What the settings are, for a comment: "max pods 110, kube-reserved 80m CPU and 2662Mi (GKE's rule), eviction below 100Mi". */
export function kubeletWords(plan: ExportPlan): string {
  const reserved = kubeReserved(plan);
  const reservedText = reserved ? `kube-reserved ${reserved.cpu} CPU and ${reserved.memory} memory (${plan.reservedBy})` : `nothing reserved (${plan.reservedBy})`;
  return `max pods ${plan.kubelet.maxPods}, ${reservedText}, hard eviction below ${plan.kubelet.evictionMemoryMiB}Mi of memory`;
}
