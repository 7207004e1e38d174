import { parseFields, type Fields, type Parsed, type Values } from './fields.ts';

/** Messages per field from checks that need several fields at once. */
export type CrossFieldCheck<F extends Fields> = (input: Values<F>) => Partial<Record<keyof F, string>>;

const noCheck = () => ({});

/** Parses every field, then runs the cross-field checks on valid input; any message they return makes the input null. */
export function parseChecked<F extends Fields>(fields: F, params: URLSearchParams | Record<string, string>, check: CrossFieldCheck<F> = noCheck): Parsed<F> {
  const parsed = parseFields(fields, params);
  if (!parsed.input) return parsed;
  const errors = check(parsed.input);
  return Object.keys(errors).length > 0 ? { ...parsed, input: null, errors } : parsed;
}
