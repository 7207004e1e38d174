import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NumberField } from './fields.ts';
import { parseChecked } from './parse-checked.ts';

const num = (label: string): NumberField => ({ kind: 'number', label, default: 1, min: 0, max: 10 });
const fields = { low: num('Low'), high: num('High') };
const check = (i: { low: number; high: number }) => (i.low > i.high ? { low: 'Low must not exceed high.' } : {});

const cases: Array<[string, Record<string, string>, boolean, string | undefined]> = [
  ['valid fields that pass the check give input', { low: '2', high: '3' }, true, undefined],
  ['a failed check gives its message and no input', { low: '5', high: '3' }, false, 'Low must not exceed high.'],
  ['a field error skips the check', { low: 'x', high: '3' }, false, '"x" is not a number. Use digits, with a dot for decimals.'],
];
for (const [name, params, valid, message] of cases) {
  test(`parseChecked: ${name}`, () => {
    const parsed = parseChecked(fields, params, check);
    assert.equal(parsed.input !== null, valid);
    assert.equal(parsed.errors.low, message);
    assert.equal(parsed.raw.low, params.low);
  });
}
