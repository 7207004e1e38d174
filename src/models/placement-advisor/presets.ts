import type { Answers } from './questions.ts';

/** Starting points (?preset=<id>): the talk's cases and two common ones; each fills every question. */
export const advisorPresets = [
  { id: 'stateless-web', label: 'Stateless web service', values: {
    state: 'none', machineLoss: 'keeps-serving', operations: 'automated', hardware: 'none',
    cadence: 'weekly', experience: 'some', isolation: 'shared-kernel', licensing: 'portable' } },
  { id: 'distributed-db', label: 'Distributed database (the talk\'s CockroachDB)', values: {
    state: 'replicated-by-design', machineLoss: 'keeps-serving', operations: 'automated', hardware: 'none',
    cadence: 'monthly', experience: 'production', isolation: 'shared-kernel', licensing: 'portable' } },
  { id: 'handcrafted-db', label: 'Hand-crafted database run by DBAs', values: {
    state: 'single-primary', machineLoss: 'needs-restore', operations: 'handcrafted', hardware: 'none',
    cadence: 'yearly', experience: 'some', isolation: 'shared-kernel', licensing: 'portable' } },
  { id: 'batch-gpu', label: 'Batch jobs on GPUs', values: {
    state: 'none', machineLoss: 'keeps-serving', operations: 'automated', hardware: 'gpu',
    cadence: 'monthly', experience: 'some', isolation: 'shared-kernel', licensing: 'portable' } },
  { id: 'legacy-monolith', label: 'Legacy monolith', values: {
    state: 'local-files', machineLoss: 'fails-over', operations: 'scripted', hardware: 'none',
    cadence: 'yearly', experience: 'some', isolation: 'shared-kernel', licensing: 'portable' } },
] as const satisfies ReadonlyArray<{ id: string; label: string; values: Answers }>;

/** A preset id. */
export type AdvisorPresetId = (typeof advisorPresets)[number]['id'];
