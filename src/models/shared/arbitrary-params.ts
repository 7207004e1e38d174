/**
 * Random URL parameters for property tests, derived from a calculator's field specs (fields.ts), so that every
 * calculator's properties draw from one generator: mostly valid text inside each field's limits, plus junk.
 * Test-only: imported by *.test.ts files, never by the site.
 */
import fc from 'fast-check';
import type { Field, Fields, NumberField, OptionalNumberField } from './fields.ts';

/** Text no field accepts, or only some do: empty, letters, negative, huge, exponent, comma decimals, padding. */
export const junkText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '-1', '-0.5', '1e3', '1e308', '99999999999', 'NaN', 'Infinity', '0x10', '1,5', '3 4', '.', '+', 'cp-0', 'worker-', ','),
  fc.double().map(String),
  fc.integer().map(String),
);

const DECIMALS = 1000;
const round = (v: number, integer: boolean) => (integer ? Math.round(v) : Math.round(v * DECIMALS) / DECIMALS);

/**
 * Valid text for a number field. Mostly near the default: the default scaled by a factor between a half and two
 * (zero defaults: the lowest quarter of the range; small whole-number ranges such as zones: any value), so values
 * differ from the default yet relations that hold between the defaults (a pod fits a machine) mostly hold too.
 * Sometimes log-uniform over the whole range, so small and huge values both appear; sometimes a limit itself.
 * Decimals for fields that allow them, at most three places (never an exponent).
 */
function validNumber(f: NumberField | OptionalNumberField, nearWeight: number): fc.Arbitrary<string> {
  const integer = f.integer === true;
  const clamp = (v: number) => String(Math.min(f.max, Math.max(f.min, round(v, integer))));
  // fc.double draws uniformly over representable doubles, which crowd around zero: draw uniform reals from an integer grid.
  const uniform = (lo: number, hi: number) => fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((i) => lo + ((hi - lo) * i) / 1_000_000);
  const logUniform = (lo: number, hi: number) => uniform(Math.log(lo), Math.log(hi)).map((x) => clamp(Math.exp(x)));
  const near = integer && f.max - f.min <= 10
    ? fc.integer({ min: f.min, max: f.max }).map(String)
    : f.default !== null && f.default > 0
      ? uniform(Math.log(1 / 2), Math.log(2)).map((x) => clamp((f.default as number) * Math.exp(x)))
      : uniform(f.min, f.min + (f.max - f.min) / 4).map(clamp);
  return fc.oneof(
    // An optional field is left empty as often as it is drawn near its range's start.
    { weight: f.default === null ? nearWeight : 0, arbitrary: fc.constant('') },
    { weight: nearWeight, arbitrary: near },
    { weight: 2, arbitrary: logUniform(Math.max(f.min, integer ? 1 : 1 / DECIMALS), f.max) },
    { weight: 1, arbitrary: fc.constantFrom(String(f.min), String(f.max)) },
  );
}

/**
 * Valid text for one field. List fields have no generic valid items, so they get their default unless overridden.
 * A number is drawn near its default `nearWeight` times in `nearWeight + 3`, otherwise at an extreme (whole range or a limit).
 */
export function validText(field: Field, nearWeight = 20): fc.Arbitrary<string> {
  switch (field.kind) {
    case 'number': return validNumber(field, nearWeight);
    case 'choice': return fc.constantFrom(...field.options.map((o) => o.value));
    case 'list': return fc.constant(field.default);
    case 'text': return fc.string({ maxLength: field.maxLength });
  }
}

/** Per-field replacements for the valid generator (list items, or values that must agree with another field). */
export type ValidOverrides<F extends Fields> = Partial<Record<keyof F & string, fc.Arbitrary<string>>>;

/** The valid-text generator of every field, overrides first; about one number field per run is drawn at an extreme. */
function validModel<F extends Fields>(fields: F, overrides: ValidOverrides<F>): Record<string, fc.Arbitrary<string>> {
  const nearWeight = 3 * Math.max(1, Object.keys(fields).length - 1);
  return Object.fromEntries(Object.keys(fields).map((k) => [k, overrides[k as keyof F & string] ?? validText(fields[k], nearWeight)]));
}

/**
 * Every field set to valid text inside its limits (cross-field checks may still reject the whole). About one number
 * field per run takes an extreme value, so extremes are exercised one at a time rather than all together.
 */
export function validParams<F extends Fields>(fields: F, overrides: ValidOverrides<F> = {}): fc.Arbitrary<Record<keyof F & string, string>> {
  return fc.record(validModel(fields, overrides)) as fc.Arbitrary<Record<keyof F & string, string>>;
}

/**
 * Any parameters: four in five runs every field is valid text; otherwise each field is valid, junk or missing
 * (a missing parameter takes its default). So most runs reach the model with non-default input, and junk is still exercised.
 */
export function anyParams<F extends Fields>(fields: F, overrides: ValidOverrides<F> = {}): fc.Arbitrary<Partial<Record<keyof F & string, string>>> {
  const valid = validModel(fields, overrides);
  const mixed = fc.record(
    Object.fromEntries(Object.entries(valid).map(([k, arb]) => [k, fc.oneof(arb, junkText)])),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Partial<Record<keyof F & string, string>>>;
  return fc.oneof({ weight: 4, arbitrary: validParams(fields, overrides) }, { weight: 1, arbitrary: mixed });
}
