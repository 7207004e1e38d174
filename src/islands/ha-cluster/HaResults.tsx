import type { HaResult } from '../../models/ha-cluster/compute.ts';
import type { HaInput } from '../../models/ha-cluster/inputs.ts';
import { Heading } from '../shared/Heading.tsx';
import { Result } from '../shared/Result.tsx';
import { dec, int, pct, plural } from '../../models/shared/format.ts';

/** The kubeadm HA topology page's minimum of control-plane machines with external etcd. */
const KUBEADM_HA_CONTROL_PLANES = 3;

const BINDING_WORDS = { cpu: 'CPU runs out first', memory: 'memory runs out first', 'max-pods': 'the max-pods limit is reached first' } as const;

/** The plan in numbers: machines of each role and what the plan survives (the sizer's headline). */
export function HaHeadline({ input, result: r }: { input: HaInput; result: HaResult }) {
  const zoneText = !r.zoneLoss.applicable ? 'Not planned for (one zone)'
    : r.zoneLoss.survived ? 'Yes' : !r.zoneLoss.etcd ? 'No: etcd would lose quorum' : !r.zoneLoss.apiServers ? 'No: no API server would be left' : 'No: too little room for the pods';
  const survivors = [`etcd ${r.survival.etcd}`, `API servers ${r.survival.apiServers}`, `workload ${Math.max(0, r.survival.workload)}`].join(', ');
  return (
    <dl class="results results-main">
      <Result id="total-machines" value={r.totalMachines} label="Machines in total">{int(r.totalMachines)}</Result>
      <Result id="control-plane-machines" value={r.controlPlaneMachines} label={input.topology === 'converged' ? 'Converged machines' : 'Control-plane machines'}>{int(r.controlPlaneMachines)}</Result>
      <Result id="etcd-machines" value={r.etcdMachines} label="Dedicated etcd machines">{int(r.etcdMachines)}</Result>
      <Result id="worker-machines" value={r.workerMachines} label={input.topology === 'converged' ? 'Extra workers' : 'Workers'}>{int(r.workerMachines)}</Result>
      <Result id="machine-failures-survived" value={r.survival.plan} label="Machine failures survived"
        detail={<>any {plural(r.survival.plan, 'machine')} may fail ({survivors})</>}>{int(r.survival.plan)}</Result>
      <Result id="zone-loss-survived" value={r.zoneLoss.applicable && r.zoneLoss.survived} label="Survives losing a zone">{zoneText}</Result>
    </dl>
  );
}

/** The sizer's other numbers, each under its public data-result key: etcd, each machine, control-plane size. */
export function HaResults({ input, result: r }: { input: HaInput; result: HaResult }) {
  return (
    <>
      {input.topology === 'external' && r.controlPlaneMachines < KUBEADM_HA_CONTROL_PLANES && (
        <p class="results-note" data-note="external-etcd-api-servers">
          <strong>{int(r.controlPlaneMachines)} API servers, not {KUBEADM_HA_CONTROL_PLANES}.</strong> kubeadm's HA topology page asks for at least
          three control-plane and three etcd machines with external etcd. API servers hold no quorum, so {int(r.controlPlaneMachines)} survive
          {' '}{plural(r.controlPlaneMachines - 1, 'failure')}, which is what you asked for; add a third to follow the page.
        </p>
      )}
      {r.zoneLoss.applicable && !r.zoneLoss.etcd && (
        <p class="warning-note">
          <strong>Add a third zone.</strong> With {input.zones} zones one of them always holds at least half of the etcd members,
          so losing it takes quorum however many members you run. A third site, even a small witness holding one etcd member, fixes it.
        </p>
      )}
      <Heading depth={1} class="results-subtitle">etcd</Heading>
      <dl class="results">
        <Result id="etcd-members" value={r.etcd.members} label="Members">{int(r.etcd.members)}</Result>
        <Result id="etcd-quorum" value={r.etcd.quorum} label="Quorum (majority)">{int(r.etcd.quorum)}</Result>
        <Result id="etcd-failures-tolerated" value={r.etcd.failuresTolerated} label="Member failures tolerated">{int(r.etcd.failuresTolerated)}</Result>
      </dl>
      <Heading depth={1} class="results-subtitle">Each machine</Heading>
      <dl class="results">
        <Result id="allocatable-cpu" value={r.allocatable.allocatableCpuMillicores / 1000} label="Allocatable CPU">{dec(r.allocatable.allocatableCpuMillicores / 1000)} cores</Result>
        <Result id="allocatable-memory" value={r.allocatable.allocatableMemoryMiB / 1024} label="Allocatable memory"
          detail={r.allocatable.capacityFrom === 'kubelet'
            ? <>from the {dec(r.allocatable.capacityMemoryMiB / 1024)} GiB the kubelet reports</>
            : <>from the nominal {dec(input.nodeMemory)} GiB; the kubelet reports a little less, set it for a closer figure</>}>
          {dec(r.allocatable.allocatableMemoryMiB / 1024)} GiB
        </Result>
        <Result id="pods-per-worker" value={r.worker.pods} label="Pods per worker"
          detail={<>{BINDING_WORDS[r.worker.binding]} (CPU allows {fmtFit(r.worker.byCpu)}, memory {fmtFit(r.worker.byMemory)}, max pods {int(r.worker.byMaxPods)})</>}>
          {int(r.worker.pods)}
        </Result>
        {r.converged && <Result id="pods-per-converged-machine" value={r.converged.pods} label="Pods per converged machine"
          detail="after the control plane's own requests">{int(r.converged.pods)}</Result>}
        <Result id="cpu-utilization" value={r.cpuUtilizationPercent} label="CPU requested by the workload">{pct(r.cpuUtilizationPercent)}</Result>
        <Result id="memory-utilization" value={r.memoryUtilizationPercent} label="Memory requested by the workload">{pct(r.memoryUtilizationPercent)}</Result>
      </dl>
      <Heading depth={1} class="results-subtitle">Suggested control-plane machine size</Heading>
      <p class="results-note">
        For {plural(r.controlPlaneSize.nodes, 'node')} running pods: at least {r.controlPlaneSize.master.vcpu} vCPU and {dec(r.controlPlaneSize.master.memoryGB, 2)} GB
        (the old Kubernetes table named {r.controlPlaneSize.master.gce} or {r.controlPlaneSize.master.aws}).
        {input.topology === 'external' && <> Dedicated etcd machines: the etcd guide's {r.controlPlaneSize.etcd.label} class, {r.controlPlaneSize.etcd.vcpu} vCPU and {r.controlPlaneSize.etcd.memoryGB} GB, SSD.</>}
        {' '}<strong>The master table dates from the kube-up era (Kubernetes docs up to about v1.17)</strong>: treat it as a floor and watch the API server's real use.
      </p>
    </>
  );
}

const fmtFit = (n: number) => (Number.isFinite(n) ? int(n) : 'any number');
