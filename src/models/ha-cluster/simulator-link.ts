import { simFields } from '../failure-simulator/inputs.ts';
import type { HaResult } from './compute.ts';
import type { HaInput } from './inputs.ts';

/** The failure simulator's URL parameters for a sized plan, or why the plan is beyond what the simulator draws. */
export function simulatorParams(input: HaInput, r: HaResult): { params: Record<string, string> } | { reason: string } {
  if (r.workerMachines > simFields.workers.max) {
    return { reason: `The simulator draws at most ${simFields.workers.max} workers; this plan has ${r.workerMachines.toLocaleString('en-US')}.` };
  }
  if (input.replicas > simFields.replicas.max) {
    return { reason: `The simulator follows at most ${simFields.replicas.max.toLocaleString('en-US')} pods; this plan has ${input.replicas.toLocaleString('en-US')}.` };
  }
  // Converged machines carry the control plane too, so they hold fewer pods than a dedicated worker.
  const podsPerMachine = input.topology === 'converged' && r.converged ? r.converged.pods : r.worker.pods;
  return {
    params: {
      topology: input.topology, controlPlanes: String(r.controlPlaneMachines), etcd: String(r.etcdMachines),
      workers: String(r.workerMachines), zones: String(input.zones), replicas: String(input.replicas),
      podsPerMachine: String(Math.min(simFields.podsPerMachine.max, Math.max(1, podsPerMachine))),
    },
  };
}
