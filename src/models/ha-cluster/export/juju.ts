import { kubeletFlags, kubeletWords } from './kubelet.ts';
import type { ExportPlan } from './plan.ts';
import { ph, planWords, zonePh } from './words.ts';
import { commented, toYaml, type YamlMap } from './yaml.ts';
import { TARGETS } from './targets.ts';

/**
 * The plan as a Juju bundle for Canonical Kubernetes, in the shape of canonical/k8s-operator's own test bundles
 * (tests/integration/data/test-bundle.yaml and test-bundle-etcd.yaml): the k8s charm's units are the control plane,
 * k8s-worker's the workers, related by [k8s, k8s-worker:cluster] and [k8s, k8s-worker:containerd]. Juju makes one
 * machine per unit; the zones constraint only restricts where, and Juju spreads each application's units over the
 * zones itself. The charm labels every node with its zone, so the bundle sets no zone label.
 */

/** The Ubuntu base the k8s charms run on (their charmcraft.yaml lists ubuntu@24.04 and ubuntu@26.04). */
export const BASE = 'ubuntu@24.04';
/** The k8s charm's default: no taint, so its units run pods unless told otherwise; the test bundles set this one. */
const CONTROL_PLANE_TAINT = 'node-role.kubernetes.io/control-plane=:NoSchedule';

/** Juju constraints for one machine of the plan: whole cores, memory in G (GiB) or M (MiB), and the zones allowed. */
export function constraints(plan: ExportPlan): string {
  const mib = Math.ceil(plan.node.memoryGiB * 1024);
  const mem = mib % 1024 === 0 ? `${mib / 1024}G` : `${mib}M`;
  return `cores=${Math.ceil(plan.node.cpuCores)} mem=${mem} ${zonesConstraint(plan)}`;
}

/** The zones a unit may go to: every zone of the plan. */
const zonesConstraint = (plan: ExportPlan) => `zones=${Array.from({ length: plan.zones }, (_, z) => zonePh(z)).join(',')}`;

function applications(plan: ExportPlan): YamlMap {
  const channel = commented(ph('K8S_CHANNEL'), 'a <Kubernetes minor>/stable track, the same for k8s and k8s-worker');
  const kubelet = kubeletFlags(plan);
  const external = plan.topology === 'external';
  return {
    ...(external ? {
      easyrsa: commented({ charm: 'easyrsa', channel: 'stable', num_units: 1, constraints: `cores=1 mem=4G ${zonesConstraint(plan)}` },
        'etcd\'s certificate authority, on a small machine as in the test bundle: one more than the plan'),
      etcd: { charm: 'etcd', channel: 'stable', num_units: plan.etcd, constraints: constraints(plan) },
    } : {}),
    k8s: {
      charm: 'k8s',
      channel,
      num_units: commented(plan.controlPlanes, plan.topology === 'converged' ? 'converged machines: control plane, etcd and pods' : 'control-plane machines'),
      constraints: constraints(plan),
      expose: true,
      options: {
        'bootstrap-datastore': commented(external ? 'etcd' : 'managed-etcd', external ? 'the etcd application below' : 'an etcd member on each k8s unit'),
        ...(plan.topology === 'converged' ? {} : { 'bootstrap-node-taints': commented(CONTROL_PLANE_TAINT, 'keeps pods on the workers') }),
        'kubelet-extra-args': kubelet,
      },
    },
    ...(plan.workers > 0 ? {
      'k8s-worker': {
        charm: 'k8s-worker', channel, num_units: plan.workers, constraints: constraints(plan), options: { 'kubelet-extra-args': kubelet },
      },
    } : {}),
  };
}

function relations(plan: ExportPlan): string[][] {
  return [
    ...(plan.workers > 0 ? [['k8s', 'k8s-worker:cluster'], ['k8s', 'k8s-worker:containerd']] : []),
    ...(plan.topology === 'external' ? [['etcd', 'easyrsa:client'], ['etcd', 'k8s:etcd']] : []),
  ];
}

function header(plan: ExportPlan): string[] {
  const machines = plan.controlPlanes + plan.etcd + plan.workers + (plan.topology === 'external' ? 1 : 0);
  return [
    'Juju bundle of Canonical Kubernetes for the K8s or Die HA sizer\'s plan:',
    `  ${planWords(plan)}`,
    `Targets the k8s and k8s-worker charms as canonical/k8s-operator's test bundles deploy them; Juju ${TARGETS.jujuSince} or later:`,
    '  juju deploy ./k8s-or-die-bundle.yaml',
    'Placeholders look like <THIS>: replace each one before use. Nothing here is a real name.',
    '',
    `Juju makes one machine per unit: ${machines} machines${plan.topology === 'external' ? ', one more than the plan for easyrsa' : ''}. It names`,
    'the units itself: the plan\'s cp-N are k8s units, its worker-N k8s-worker units.',
    'Zones: the zones= constraint only restricts the zones; Juju spreads each application\'s units over them itself.',
    'Canonical Kubernetes labels every node with its zone (topology.kubernetes.io/zone).',
    ...(plan.topology === 'converged' ? ['Converged: no bootstrap-node-taints, so the k8s units run pods as well.'] : []),
    'kubelet-extra-args sets the kubelet as the plan was sized:',
    `  ${kubeletWords(plan)}.`,
  ];
}

/** The Juju bundle for a plan. */
export function jujuFile(plan: ExportPlan): string {
  const rels = relations(plan);
  return toYaml([{
    comments: header(plan),
    body: {
      name: 'k8s-or-die',
      'default-base': BASE,
      applications: applications(plan),
      ...(rels.length > 0 ? { relations: rels } : {}),
    },
  }]);
}
