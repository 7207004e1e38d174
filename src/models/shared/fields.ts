import { num } from './format.ts';

/**
 * Input fields of a calculator and their parsing from URL parameters (or form text).
 * A field keeps the text the reader typed; parsing turns valid text into a value and invalid text into a message.
 */

export interface NumberField {
  kind: 'number';
  label: string;
  /** Unit shown after the field ("cores", "MiB"); part of the accessible name via the hint. */
  unit?: string;
  default: number;
  min: number;
  max: number;
  integer?: boolean;
  /** Why the limits are what they are, appended to range messages ("Kubernetes supports up to 5,000 nodes"). */
  limitReason?: string;
  /** Id in content/data/sources.yaml that backs the default, if the default is a cited figure. */
  source?: string;
  /** Short note on the default shown under the field. */
  note?: string;
}

/** A number that may be left empty: empty means "not set", and the model falls back to what `emptyMeans` says. */
export interface OptionalNumberField extends Omit<NumberField, 'default'> {
  default: null;
  /** What an empty field stands for, in words ("never", "the max pods"). */
  emptyMeans: string;
}

export interface ChoiceField<T extends string = string> {
  kind: 'choice';
  label: string;
  options: readonly { value: T; label: string }[];
  default: T;
  source?: string;
  note?: string;
}

/** A comma-separated list of ids, each matching `pattern` (machine ids such as cp-1, worker-3). */
export interface ListField {
  kind: 'list';
  label: string;
  pattern: RegExp;
  /** How a valid item looks, for the error message ("cp-1, etcd-2 or worker-3"). */
  example: string;
  default: string;
  source?: string;
  note?: string;
}

/** Free text, such as a search box; only its length is limited. */
export interface TextField {
  kind: 'text';
  label: string;
  maxLength: number;
  default: string;
  source?: string;
  note?: string;
}

export type Field = NumberField | OptionalNumberField | ChoiceField | ListField | TextField;
export type Fields = Record<string, Field>;

/** The parsed value type of each field: numbers for number fields, the option union for choice fields. */
export type Values<F extends Fields> = {
  [K in keyof F]: F[K] extends ChoiceField<infer T> ? T : F[K] extends ListField ? string[] : F[K] extends TextField ? string
    : F[K] extends OptionalNumberField ? number | null : number;
};

/** Raw text per field, exactly as typed or as found in the URL. */
export type RawValues<F extends Fields> = Record<keyof F, string>;

export interface Parsed<F extends Fields> {
  raw: RawValues<F>;
  /** Values when every field is valid; null otherwise. */
  input: Values<F> | null;
  /** Message per invalid field. */
  errors: Partial<Record<keyof F, string>>;
}

/** A number field, written without its `kind`. */
export const numberField = (f: Omit<NumberField, 'kind'>): NumberField => ({ kind: 'number', ...f });
/** A number field that may be left empty, written without its `kind` and `default`. */
export const optionalNumberField = (f: Omit<OptionalNumberField, 'kind' | 'default'>): OptionalNumberField => ({ kind: 'number', default: null, ...f });

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The text a field starts with when the URL does not set it. */
export function defaultRaw(field: Field): string {
  return field.default === null ? '' : String(field.default);
}

/** Parses one field's text: the value, or a message that says what is wrong and what is allowed. */
export function parseField(field: Field, text: string): { value: number | string | string[] | null } | { error: string } {
  const trimmed = text.trim();
  if (field.kind === 'text') {
    return trimmed.length <= field.maxLength ? { value: trimmed } : { error: `Use at most ${field.maxLength} characters.` };
  }
  if (field.kind === 'list') {
    const items = trimmed.split(/[\s,]+/).filter(Boolean);
    const bad = items.find((item) => !field.pattern.test(item));
    if (bad !== undefined) return { error: `"${bad.slice(0, 20)}" is not a valid id; use ids like ${field.example}, separated by commas.` };
    return { value: [...new Set(items)] };
  }
  if (field.kind === 'choice') {
    const option = field.options.find((o) => o.value === trimmed);
    return option ? { value: option.value } : { error: `${trimmed ? `"${trimmed.slice(0, 20)}" is not a choice here. ` : ''}Choose one of: ${field.options.map((o) => o.label).join(', ')}.` };
  }
  if (trimmed === '') return field.default === null ? { value: null } : { error: `Enter a number${field.unit ? ` of ${field.unit}` : ''}.` };
  if (!NUMBER.test(trimmed)) return { error: `"${trimmed.slice(0, 20)}" is not a number. Use digits, with a dot for decimals.` };
  const value = Number(trimmed);
  const why = field.limitReason ? ` (${field.limitReason})` : '';
  if (field.integer && !Number.isInteger(value)) return { error: 'Use a whole number.' };
  if (value < field.min) return { error: `Must be at least ${amount(field.min, field.unit)}.` };
  if (value > field.max) return { error: `Must be at most ${amount(field.max, field.unit)}${why}.` };
  return { value };
}

/** A number with its unit, which agrees with it: "1 pod", "2 pods", "1 GiB". Units are one word in the plural ("pods", "VMs") or a symbol. */
function amount(n: number, unit: string | undefined): string {
  if (!unit) return num(n);
  return `${num(n)} ${n === 1 && /^[A-Za-z]+s$/.test(unit) ? unit.slice(0, -1) : unit}`;
}

/** Parses every field from a parameter source; missing parameters take their defaults, unknown ones are ignored. */
export function parseFields<F extends Fields>(fields: F, params: URLSearchParams | Record<string, string>): Parsed<F> {
  const get = (k: string) => (params instanceof URLSearchParams ? params.get(k) : params[k] ?? null);
  const raw = {} as RawValues<F>;
  const values: Record<string, number | string | string[] | null> = {};
  const errors: Partial<Record<keyof F, string>> = {};
  for (const key of Object.keys(fields) as (keyof F & string)[]) {
    const text = get(key) ?? defaultRaw(fields[key]);
    raw[key] = text;
    const result = parseField(fields[key], text);
    if ('error' in result) errors[key] = result.error;
    else values[key] = result.value;
  }
  const valid = Object.keys(errors).length === 0;
  return { raw, input: valid ? (values as Values<F>) : null, errors };
}

/** The default value of every field. */
export function defaults<F extends Fields>(fields: F): Values<F> {
  return parseFields(fields, {}).input!;
}
