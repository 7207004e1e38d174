import type { HaResult } from '../../models/ha-cluster/compute.ts';
import type { HaInput } from '../../models/ha-cluster/inputs.ts';
import { machinesOf, type Role } from '../../models/shared/machines.ts';
import { plural } from '../../models/shared/format.ts';
import { Heading } from '../shared/Heading.tsx';

/** Most machines of one role drawn per zone; the rest are counted. */
const SHOWN = 6;

const ROLE = {
  converged: { label: 'Converged', detail: 'API server, scheduler, controller manager, etcd and pods' },
  stacked: { label: 'Control plane', detail: 'API server, scheduler, controller manager and etcd' },
  external: { label: 'Control plane', detail: 'API server, scheduler, controller manager' },
} as const;

interface Group { role: string; cls: string; ids: string[] }

/** Machines by role and zone, as labelled lists (roles are named in text and drawn with different borders). */
export function ClusterDiagram({ input, result: r }: { input: HaInput; result: HaResult }) {
  const zones = input.zones;
  // The same placement the failure simulator uses, so machine ids match when a plan is handed over.
  const machines = machinesOf({ topology: input.topology, controlPlanes: r.controlPlaneMachines, etcd: r.etcdMachines, workers: r.workerMachines, zones });
  const columns = Array.from({ length: zones }, (_, zone) => {
    const idsOf = (role: Role) => machines.filter((m) => m.zone === zone && m.role === role).map((m) => m.id);
    const groups: Group[] = [
      { role: ROLE[input.topology].label, cls: 'cp', ids: idsOf('control-plane') },
      { role: 'etcd', cls: 'etcd', ids: idsOf('etcd') },
      { role: 'Worker', cls: 'worker', ids: idsOf('worker') },
    ];
    return { zone, groups: groups.filter((g) => g.ids.length > 0) };
  });
  return (
    <figure class="cluster-diagram">
      <figcaption>
        <strong>The cluster, by zone.</strong> {plural(r.totalMachines, 'machine')} over {plural(zones, 'zone')}; each box is a machine.
      </figcaption>
      <ul class="role-legend">
        <li><strong>{ROLE[input.topology].label}</strong>: {ROLE[input.topology].detail}</li>
        {r.etcdMachines > 0 && <li><strong>etcd</strong>: an etcd member on a machine of its own</li>}
        {r.workerMachines > 0 && <li><strong>Worker</strong>: kubelet, kube-proxy, container runtime and your pods</li>}
      </ul>
      <div class="zones">
        {columns.map(({ zone, groups }) => (
          <div key={zone} class="zone" role="group" aria-label={`Zone ${zone + 1}`}>
            <Heading depth={2} class="zone-title">Zone {zone + 1}</Heading>
            {groups.map((g) => (
              <ul key={g.cls} class={`machines ${g.cls}`} aria-label={`${g.role} machines in zone ${zone + 1}: ${g.ids.length}`}>
                {g.ids.slice(0, SHOWN).map((id) => (
                  <li key={id} class="machine"><span class="machine-role">{g.role}</span> <span class="machine-id">{id}</span></li>
                ))}
                {g.ids.length > SHOWN && <li class="machine more">+ {plural(g.ids.length - SHOWN, `more ${g.role.toLowerCase()}`, `more ${g.role.toLowerCase()}s`)}</li>}
              </ul>
            ))}
          </div>
        ))}
      </div>
    </figure>
  );
}
