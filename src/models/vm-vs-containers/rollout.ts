import type { VmcInput } from './fields.ts';

/** A rolling replacement of every instance: how many start at once, in how many waves, and how long it takes. */
export interface Rollout { batch: number; waves: number; secondsPerWave: number; minutes: number }

/**
 * Replacing every instance with a new version, `surge` percent at a time (a Deployment's maxSurge: a percentage
 * rounded up, 25% by default; https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), each wave
 * waiting for its instances to be ready. maxUnavailable is taken as 0, so capacity never drops.
 */
export function rollout(instances: number, surgePercent: number, secondsPerWave: number): Rollout {
  const batch = Math.max(1, Math.ceil((instances * surgePercent) / 100 - 1e-9));
  const waves = Math.ceil(instances / batch);
  return { batch, waves, secondsPerWave, minutes: (waves * secondsPerWave) / 60 };
}

/** Rollouts for each option: VMs boot a new VM per instance; pods start in place, also inside worker VMs. */
export function rollouts(input: VmcInput): { vm: Rollout; containers: Rollout; nested: Rollout } {
  const containers = rollout(input.instances, input.surge, input.containerStart);
  return { vm: rollout(input.instances, input.surge, input.vmBoot), containers, nested: containers };
}
