import type { PatternId } from '../shared/patterns.ts';
import type { When } from '../shared/rules.ts';
import type { PickerInput } from './inputs.ts';

/** One reason for or against a pattern: when it applies, its weight (a pattern fits when its total is above 0), and the text. */
export interface PatternRule {
  id: string;
  pattern: PatternId;
  when: When<PickerInput>;
  weight: number;
  text: string;
}

/**
 * The rules table. Texts paraphrase the talk's four cases (talk-writeup) and guide/openstack-patterns/; the GPU rules
 * also follow Dynamic Resource Allocation (k8s-dra), which lets pods share a device, so that for heavy GPU demand
 * with servers to spare, bare-metal GPU comes first, as an expert would rank it today.
 */
export const patternRules: readonly PatternRule[] = [
  { id: 'tenant-openstack', pattern: 'tenant-clusters', when: { openstack: ['yes'] }, weight: 2,
    text: 'You already run OpenStack: clusters can be built from its VMs, networks, volumes and load balancers, as on a public cloud.' },
  { id: 'tenant-no-openstack', pattern: 'tenant-clusters', when: { openstack: ['no'] }, weight: -4,
    text: 'There is no OpenStack cloud for tenants to build their clusters on.' },
  { id: 'tenant-wants-clusters', pattern: 'tenant-clusters', when: { tenantClusters: ['yes'] }, weight: 2,
    text: 'Teams want clusters of their own, at their own version and with their own administrators.' },
  { id: 'tenant-isolation', pattern: 'tenant-clusters', when: { isolation: ['yes'] }, weight: 1,
    text: 'Each team gets a VM boundary and a control plane of its own: the strongest isolation of the four.' },
  { id: 'tenant-heavy-gpu', pattern: 'tenant-clusters', when: { gpu: ['heavy'] }, weight: -1,
    text: 'Heavy GPU work would pay for a hypervisor and GPU passthrough it does not need.' },
  { id: 'beside-spare-metal', pattern: 'beside-openstack', when: { openstack: ['yes'], spareMetal: ['yes'] }, weight: 3,
    text: 'You have spare servers next to an existing OpenStack: Kubernetes can take them without touching the cloud.' },
  { id: 'beside-no-metal', pattern: 'beside-openstack', when: { spareMetal: ['no'] }, weight: -4,
    text: 'It needs servers of its own, and you have none to spare.' },
  { id: 'beside-no-openstack', pattern: 'beside-openstack', when: { openstack: ['no'] }, weight: -2,
    text: 'Without an OpenStack cloud there is nothing to stand beside: on spare metal this is simply Kubernetes on bare metal.' },
  { id: 'beside-shared-cluster', pattern: 'beside-openstack', when: { isolation: ['yes'] }, weight: -1,
    text: 'Teams share one cluster, so the isolation between them rests on namespaces, quotas and policies.' },
  { id: 'beside-learn', pattern: 'beside-openstack', when: { kubernetesOps: ['no'] }, weight: 1,
    text: 'The team can learn Kubernetes on its own servers without touching the production cloud.' },
  { id: 'gpu-heavy', pattern: 'bare-metal-gpu', when: { gpu: ['heavy'] }, weight: 3,
    text: 'Heavy GPU demand: containers reach the cards directly, with no hypervisor in between.' },
  { id: 'gpu-heavy-spare-metal', pattern: 'bare-metal-gpu', when: { gpu: ['heavy'], spareMetal: ['yes'] }, weight: 2,
    text: 'Heavy GPU demand and servers to spare: put the cards under Kubernetes directly. With Dynamic Resource Allocation, pods can share a GPU through one claim instead of holding whole cards.' },
  { id: 'gpu-some', pattern: 'bare-metal-gpu', when: { gpu: ['some'] }, weight: 1,
    text: 'Some GPU demand: a few GPU servers under Kubernetes can serve it.' },
  { id: 'gpu-none', pattern: 'bare-metal-gpu', when: { gpu: ['none'] }, weight: -4,
    text: 'Without GPU demand there is no reason for this pattern; on spare servers it becomes the beside-OpenStack one.' },
  { id: 'gpu-no-metal', pattern: 'bare-metal-gpu', when: { spareMetal: ['no'] }, weight: -1,
    text: 'The GPU servers must be bought, or taken out of the cloud.' },
  { id: 'gpu-shared-nodes', pattern: 'bare-metal-gpu', when: { isolation: ['yes'] }, weight: -1,
    text: 'Teams sharing GPU nodes are separated by the container boundary, not by a VM.' },
  { id: 'stack-wanted', pattern: 'openstack-on-kubernetes', when: { containerizeOpenstack: ['yes'] }, weight: 3,
    text: 'You want the OpenStack control plane containerized, and deployed, upgraded and healed by Kubernetes.' },
  { id: 'stack-not-wanted', pattern: 'openstack-on-kubernetes', when: { containerizeOpenstack: ['no'] }, weight: -5,
    text: 'Only worth it if you want Kubernetes to run OpenStack itself.' },
  { id: 'stack-fluent', pattern: 'openstack-on-kubernetes', when: { kubernetesOps: ['yes'] }, weight: 1,
    text: 'Your team already runs Kubernetes well, and the whole cloud will depend on it.' },
  { id: 'stack-new-to-kubernetes', pattern: 'openstack-on-kubernetes', when: { kubernetesOps: ['no'] }, weight: -2,
    text: 'Kubernetes would become the foundation of the cloud: a team new to it would learn on production.' },
  { id: 'stack-tenants', pattern: 'openstack-on-kubernetes', when: { tenantClusters: ['yes'] }, weight: 1,
    text: 'Tenants can still get their own clusters on top, as in the first pattern.' },
];
