/**
 * What the Kubernetes API server's strict field validation (`kubectl apply`'s default since 1.27) finds wrong in an
 * object's spec, checked against the spec's OpenAPI schema from its CRD (crd-schemas.json): unknown fields, wrong
 * types, missing required fields (a field with a default is never missing), values outside an enum, a pattern, a
 * length or a range. Not checked: formats, and the CRDs' CEL rules (x-kubernetes-validations), which need a CEL
 * evaluator. A string holding one of the export's <PLACEHOLDERS> stands for a value the reader fills in, so it is
 * checked for its type only.
 * Test-only: imported by *.test.ts files, never by the site.
 */
import { PLACEHOLDER } from './words.ts';

export interface Schema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  default?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  pattern?: string;
  minimum?: number; maximum?: number;
  minLength?: number; maxLength?: number;
  minItems?: number; maxItems?: number;
  minProperties?: number; maxProperties?: number;
  anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[];
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
}

const isPlaceholder = (value: unknown) => typeof value === 'string' && new RegExp(PLACEHOLDER.source).test(value);
const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every problem with `value` under `schema`, each as "path: what is wrong"; none when it is valid. */
export function schemaErrors(value: unknown, schema: Schema, path = 'spec'): string[] {
  if (value === null) return []; // the API server drops a null field, as if it were not there
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);
  if (schema.allOf) for (const part of schema.allOf) errors.push(...schemaErrors(value, part, path));
  for (const choices of [schema.anyOf, schema.oneOf]) {
    if (choices && !choices.some((choice) => schemaErrors(value, choice, path).length === 0)) fail(`matches none of ${choices.length} choices`);
  }
  if (schema['x-kubernetes-int-or-string']) {
    if (!Number.isInteger(value) && typeof value !== 'string') fail(`${JSON.stringify(value)} is neither an integer nor a string`);
    return errors;
  }
  if (schema.type && !hasType(value, schema.type)) return [...errors, `${path}: ${JSON.stringify(value)} is not of type ${schema.type}`];
  const placeholder = isPlaceholder(value);
  if (schema.enum && !placeholder && !schema.enum.some((allowed) => allowed === value)) fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string' && !placeholder) {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) fail(`"${value}" does not match ${schema.pattern}`);
    if (value.length < (schema.minLength ?? 0) || value.length > (schema.maxLength ?? Infinity)) fail(`"${value}" has a length outside ${schema.minLength ?? 0}..${schema.maxLength ?? '∞'}`);
  }
  if (typeof value === 'number' && (value < (schema.minimum ?? -Infinity) || value > (schema.maximum ?? Infinity))) fail(`${value} is outside ${schema.minimum ?? '-∞'}..${schema.maximum ?? '∞'}`);
  if (Array.isArray(value)) {
    if (value.length < (schema.minItems ?? 0) || value.length > (schema.maxItems ?? Infinity)) fail(`${value.length} items, outside ${schema.minItems ?? 0}..${schema.maxItems ?? '∞'}`);
    if (schema.items) value.forEach((item, i) => errors.push(...schemaErrors(item, schema.items!, `${path}[${i}]`)));
  }
  if (isMap(value) && (schema.type === 'object' || schema.properties)) {
    const keys = Object.keys(value);
    if (keys.length < (schema.minProperties ?? 0) || keys.length > (schema.maxProperties ?? Infinity)) fail(`${keys.length} fields, outside ${schema.minProperties ?? 0}..${schema.maxProperties ?? '∞'}`);
    // The API server fills in a field's default before it checks what is required.
    for (const key of schema.required ?? []) if (!(key in value) && schema.properties?.[key]?.default === undefined) fail(`the required field ${key} is missing`);
    for (const key of keys) {
      const field = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (field) errors.push(...schemaErrors(value[key], field, `${path}.${key}`));
      else if (schema.additionalProperties !== true && !schema['x-kubernetes-preserve-unknown-fields']) fail(`unknown field ${key}`);
    }
  }
  return errors;
}

function hasType(value: unknown, type: NonNullable<Schema['type']>): boolean {
  switch (type) {
    case 'object': return isMap(value);
    case 'array': return Array.isArray(value);
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number';
    default: return typeof value === type;
  }
}
