import type { HaResult } from '../../models/ha-cluster/compute.ts';
import type { HaInput } from '../../models/ha-cluster/inputs.ts';
import { offsetsOf, zoneOf } from '../../models/shared/zones.ts';
import { plural } from '../shared/format.ts';

/** Most machines of one role drawn per zone; the rest are counted. */
const SHOWN = 6;

const ROLE = {
  converged: { label: 'Converged', detail: 'API server, scheduler, controller manager, etcd and pods' },
  stacked: { label: 'Control plane', detail: 'API server, scheduler, controller manager and etcd' },
  external: { label: 'Control plane', detail: 'API server, scheduler, controller manager' },
} as const;

interface Group { role: string; cls: string; ids: string[]; total: number }

/** Machines by role and zone, as labelled lists (roles are named in text and drawn with different borders). */
export function ClusterDiagram({ input, result: r }: { input: HaInput; result: HaResult }) {
  const zones = input.zones;
  const o = offsetsOf(r.layout);
  const idsIn = (prefix: string, count: number, offset: number, zone: number) => {
    const ids: string[] = [];
    for (let k = 0; k < count; k++) if (zoneOf(k, offset, zones) === zone) ids.push(`${prefix}-${k + 1}`);
    return ids;
  };
  const columns = Array.from({ length: zones }, (_, zone) => {
    const groups: Group[] = [
      { role: ROLE[input.topology].label, cls: 'cp', ids: idsIn('cp', r.controlPlaneMachines, o.controlPlanes, zone), total: r.perZone.controlPlanes[zone] },
      { role: 'etcd', cls: 'etcd', ids: idsIn('etcd', r.etcdMachines, o.etcd, zone), total: r.perZone.etcdMachines[zone] },
      { role: 'Worker', cls: 'worker', ids: r.workerMachines <= 5000 ? idsIn('worker', Math.min(r.workerMachines, 5000), o.workers, zone) : [], total: r.perZone.workers[zone] },
    ];
    return { zone, groups: groups.filter((g) => g.total > 0) };
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
          <section key={zone} class="zone" aria-label={`Zone ${zone + 1}`}>
            <h5 class="zone-title">Zone {zone + 1}</h5>
            {groups.map((g) => (
              <ul key={g.cls} class={`machines ${g.cls}`} aria-label={`${g.role} machines in zone ${zone + 1}: ${g.total}`}>
                {g.ids.slice(0, SHOWN).map((id) => (
                  <li key={id} class="machine"><span class="machine-role">{g.role}</span> <span class="machine-id">{id}</span></li>
                ))}
                {g.total > Math.min(SHOWN, g.ids.length) && <li class="machine more">+ {plural(g.total - Math.min(SHOWN, g.ids.length), `more ${g.role.toLowerCase()}`, `more ${g.role.toLowerCase()}s`)}</li>}
              </ul>
            ))}
          </section>
        ))}
      </div>
    </figure>
  );
}
