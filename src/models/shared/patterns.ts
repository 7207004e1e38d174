/**
 * The talk's four OpenStack + Kubernetes patterns, in its order. The ids are public (anchors in
 * guide/openstack-patterns/, ?pattern= on /tools/, the picker's data-result); everything else names them from here.
 */
export const patternIds = ['tenant-clusters', 'beside-openstack', 'bare-metal-gpu', 'openstack-on-kubernetes'] as const;
export type PatternId = (typeof patternIds)[number];

/** Each pattern's short name (filters, tool cards) and title (headings, the picker's cards). */
export const patterns: Record<PatternId, { name: string; title: string }> = {
  'tenant-clusters': { name: 'Tenant clusters', title: 'Tenant clusters on OpenStack' },
  'beside-openstack': { name: 'Beside OpenStack', title: 'Kubernetes beside OpenStack' },
  'bare-metal-gpu': { name: 'Bare-metal GPU', title: 'Kubernetes on bare metal for GPUs' },
  'openstack-on-kubernetes': { name: 'OpenStack on Kubernetes', title: 'OpenStack on Kubernetes' },
};

/** A pattern's position in the talk, from 1. */
export const patternNumber = (id: PatternId) => patternIds.indexOf(id) + 1;
