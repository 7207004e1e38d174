import { spreadEvenly } from './quorum.ts';

/**
 * Placement of machines over failure zones, shared by the HA sizer and the failure simulator: every role is
 * placed round-robin in one running order (etcd holders, then other control-plane machines, then workers).
 */

/** Count per zone of `count` machines placed round-robin starting at zone `offset`. */
export function zoneCounts(count: number, zones: number, offset: number): number[] {
  const even = spreadEvenly(count, zones);
  return Array.from({ length: zones }, (_, zone) => even[(zone - offset + zones) % zones]);
}

/** Zone of the machine placed `index`-th (0-based) in a role whose round-robin starts at zone `offset`. */
export function zoneOf(index: number, offset: number, zones: number): number {
  return (offset + index) % zones;
}

/** Where each role's round-robin starts: etcd holders at zone 0, then control plane, then workers. */
export function offsetsOf(l: { zones: number; etcdMembers: number; etcdOnControlPlane: boolean; controlPlanes: number }) {
  const etcdMachines = l.etcdOnControlPlane ? 0 : l.etcdMembers;
  return { etcd: 0, controlPlanes: etcdMachines % l.zones, workers: (etcdMachines + l.controlPlanes) % l.zones };
}

