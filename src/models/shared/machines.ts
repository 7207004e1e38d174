import { offsetsOf, zoneOf } from './zones.ts';

export type Role = 'control-plane' | 'etcd' | 'worker';

export interface Machine {
  id: string;
  role: Role;
  zone: number;
  runsEtcd: boolean;
  runsApiServer: boolean;
  holdsPods: boolean;
}

interface LayoutInput { topology: 'converged' | 'stacked' | 'external'; controlPlanes: number; etcd: number; workers: number; zones: number }

/** Every machine of a layout with its zone, placed as the HA sizer places them (cp-1.., etcd-1.., worker-1..). */
export function machinesOf(input: LayoutInput): Machine[] {
  const external = input.topology === 'external';
  const etcd = external ? input.etcd : 0;
  const o = offsetsOf({ zones: input.zones, etcdMembers: external ? etcd : input.controlPlanes, etcdOnControlPlane: !external, controlPlanes: input.controlPlanes });
  const list: Machine[] = [];
  for (let i = 0; i < input.controlPlanes; i++) {
    list.push({ id: `cp-${i + 1}`, role: 'control-plane', zone: zoneOf(i, o.controlPlanes, input.zones), runsEtcd: !external, runsApiServer: true, holdsPods: input.topology === 'converged' });
  }
  for (let i = 0; i < etcd; i++) {
    list.push({ id: `etcd-${i + 1}`, role: 'etcd', zone: zoneOf(i, o.etcd, input.zones), runsEtcd: true, runsApiServer: false, holdsPods: false });
  }
  for (let i = 0; i < input.workers; i++) {
    list.push({ id: `worker-${i + 1}`, role: 'worker', zone: zoneOf(i, o.workers, input.zones), runsEtcd: false, runsApiServer: false, holdsPods: true });
  }
  return list;
}

/** The ids of every machine in a layout. */
export function machineIds(input: LayoutInput): string[] {
  return machinesOf(input).map((m) => m.id);
}
