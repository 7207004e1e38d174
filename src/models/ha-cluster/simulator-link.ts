import { int } from '../shared/format.ts';
import { SIMULATOR_LIMITS, type SimulatorLayoutParams } from '../shared/simulator-limits.ts';
import type { HaResult } from './compute.ts';
import type { HaInput } from './inputs.ts';

/** The failure simulator's URL parameters for a sized plan, or why the plan is beyond what the simulator draws. */
export function simulatorParams(input: HaInput, r: HaResult): { params: SimulatorLayoutParams } | { reason: string } {
  if (r.workerMachines > SIMULATOR_LIMITS.workers) {
    return { reason: `The simulator draws at most ${SIMULATOR_LIMITS.workers} workers; this plan has ${int(r.workerMachines)}.` };
  }
  if (input.replicas > SIMULATOR_LIMITS.replicas) {
    return { reason: `The simulator follows at most ${int(SIMULATOR_LIMITS.replicas)} pods; this plan has ${int(input.replicas)}.` };
  }
  // Converged machines carry the control plane too, so they hold fewer pods than a dedicated worker.
  const podsPerMachine = input.topology === 'converged' && r.converged ? r.converged.pods : r.worker.pods;
  return {
    params: {
      topology: input.topology, controlPlanes: String(r.controlPlaneMachines), etcd: String(r.etcdMachines),
      workers: String(r.workerMachines), zones: String(input.zones), replicas: String(input.replicas),
      podsPerMachine: String(Math.min(SIMULATOR_LIMITS.podsPerMachine, Math.max(1, podsPerMachine))),
    },
  };
}
