/**
 * One random-input generator for every model (test-only: imports fast-check): the shared field-spec generator,
 * with the few per-model overrides that field specs cannot express (fault lists, flavor lists).
 */
import type fc from 'fast-check';
import { anySimParams, validSimParams } from './failure-simulator/arbitrary.ts';
import { anyParams, validParams } from './shared/arbitrary-params.ts';
import type { CalculatorModel, Params } from './shared/calculator-model.ts';
import { anyVmcParams, validVmcParams } from './vm-vs-containers/arbitrary.ts';

export interface ModelArbitraries {
  /** Mostly valid text, some junk and missing fields: for "never throws" properties. */
  any: fc.Arbitrary<Partial<Params>>;
  /** Valid text in every field (cross-field checks may still reject some): for properties of results and the benchmark. */
  valid: fc.Arbitrary<Params>;
}

const overrides: Record<string, ModelArbitraries> = {
  'failure-simulator': { any: anySimParams, valid: validSimParams },
  'vm-vs-containers': { any: anyVmcParams, valid: validVmcParams },
};

/** The generators for a model's parameters. */
export function arbitrariesOf(model: CalculatorModel): ModelArbitraries {
  return overrides[model.id] ?? { any: anyParams(model.fields), valid: validParams(model.fields) };
}
