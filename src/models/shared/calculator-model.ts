import type { ModelId } from '../../calculator-ids.ts';
import type { Fields, Parsed, RawValues, Values } from './fields.ts';
import { parseChecked, type CrossFieldCheck } from './parse-checked.ts';

/** URL parameters (or form text), by name. */
export type Params = Record<string, string>;

/** A one-click starting point: raw field text, exactly as it would appear in the URL, for the fields it changes. */
export interface Preset<F extends Fields = Fields> { readonly id: string; readonly label: string; readonly values: Partial<RawValues<F>> }

/**
 * The one contract every calculator's model implements (src/models/<id>/index.ts). Islands, the benchmark and the
 * property tests all go through it, so a new calculator needs nothing but its own folder and a registry line.
 * What the formulas and defaults rest on lives beside it in src/models/<id>/citations.ts, which only the server-side
 * mount reads: the islands' JavaScript carries none of that text.
 */
export interface CalculatorModel<F extends Fields = Fields, R = unknown> {
  readonly id: ModelId;
  /** The inputs; the keys are the public URL parameters. */
  readonly fields: F;
  readonly presets: readonly Preset<F>[];
  /** Rewrites parameters arriving from the URL or an embedding page before the form shows them (a preset id into its answers). */
  expand(params: Params): Params;
  /** Field text to input: missing fields take their defaults, bad ones carry a message and the input is null. */
  parse(params: Params): Parsed<F>;
  /** The result for a valid input. Pure: no DOM, no clock, no randomness. */
  compute(input: Values<F>): R;
}

interface ModelSpec<F extends Fields, R> {
  id: ModelId;
  fields: F;
  presets?: readonly Preset<F>[];
  /** Checks that need several fields at once. */
  check?: CrossFieldCheck<F>;
  expand?: (params: Params) => Params;
  compute: (input: Values<F>) => R;
}

/** Builds a model: parsing always goes through the shared parser, after `expand`, then the cross-field check. */
export function defineModel<F extends Fields, R>(spec: ModelSpec<F, R>): CalculatorModel<F, R> {
  const expand = spec.expand ?? ((params: Params) => params);
  return {
    id: spec.id, fields: spec.fields, presets: spec.presets ?? [], expand,
    parse: (params) => parseChecked(spec.fields, expand(params), spec.check),
    compute: spec.compute,
  };
}

/** Replaces ?preset=<id> by the values it stands for; values given explicitly win. Unknown ids are left for parsing to flag. */
export function expandPreset<F extends Fields>(presets: readonly Preset<F>[], params: Params): Params {
  const found = presets.find((p) => p.id === params.preset);
  return found ? { ...(found.values as Params), ...params } : params;
}
