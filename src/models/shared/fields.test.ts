import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseField, parseFields, type Fields } from './fields.ts';

const fields = {
  count: { kind: 'number', label: 'Count', unit: 'pods', default: 3, min: 1, max: 10, integer: true },
  ratio: { kind: 'number', label: 'Ratio', default: 1.5, min: 0, max: 16 },
  mode: { kind: 'choice', label: 'Mode', default: 'a', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
  down: { kind: 'list', label: 'Down', pattern: /^(cp|worker)-\d+$/, example: 'cp-1 or worker-2', default: '' },
  q: { kind: 'text', label: 'Search', maxLength: 5, default: '' },
  later: { kind: 'number', label: 'Later', unit: 's', default: null, emptyMeans: 'never', min: 0, max: 100, integer: true },
} satisfies Fields;

const cases: Array<[string, keyof typeof fields, string, unknown]> = [
  ['a whole number', 'count', '4', { value: 4 }],
  ['spaces around a number', 'count', ' 4 ', { value: 4 }],
  ['a decimal with a leading dot', 'ratio', '.5', { value: 0.5 }],
  ['exponent notation is refused', 'ratio', '1e3', { error: '"1e3" is not a number. Use digits, with a dot for decimals.' }],
  ['a decimal where a whole number is needed', 'count', '2.5', { error: 'Use a whole number.' }],
  ['below the minimum, with the unit in the singular for one', 'count', '0', { error: 'Must be at least 1 pod.' }],
  ['above the maximum, with the unit in the plural', 'count', '11', { error: 'Must be at most 10 pods.' }],
  ['empty', 'count', '', { error: 'Enter a number of pods.' }],
  ['an option', 'mode', 'b', { value: 'b' }],
  ['an unknown option, quoted back', 'mode', 'c', { error: '"c" is not a choice here. Choose one of: A, B.' }],
  ['a list with spaces and duplicates', 'down', 'cp-1, worker-2 cp-1', { value: ['cp-1', 'worker-2'] }],
  ['an empty list', 'down', '', { value: [] }],
  ['text, trimmed', 'q', ' kube ', { value: 'kube' }],
  ['text longer than allowed', 'q', 'kubespray', { error: 'Use at most 5 characters.' }],
  ['a list with a bad id', 'down', 'cp-1,db-1', { error: '"db-1" is not a valid id; use ids like cp-1 or worker-2, separated by commas.' }],
  ['an optional number left empty means not set', 'later', '  ', { value: null }],
  ['an optional number', 'later', '30', { value: 30 }],
  ['an optional number out of range', 'later', '300', { error: 'Must be at most 100 s.' }],
];
for (const [name, key, text, expected] of cases) {
  test(`parseField: ${name}`, () => assert.deepEqual(parseField(fields[key], text), expected));
}

test('parseField: a unit symbol stays as it is for one', () => {
  const gib = { kind: 'number', label: 'Memory', unit: 'GiB', default: 4, min: 1, max: 8 } as const;
  assert.deepEqual(parseField(gib, '0.5'), { error: 'Must be at least 1 GiB.' });
});

test('parseFields: keeps the raw text of every field, valid or not', () => {
  const parsed = parseFields(fields, new URLSearchParams('count=abc&ratio=2'));
  assert.equal(parsed.input, null);
  assert.deepEqual(parsed.raw, { count: 'abc', ratio: '2', mode: 'a', down: '', q: '', later: '' });
  assert.ok(parsed.errors.count);
});
