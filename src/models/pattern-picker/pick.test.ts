import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { patternIds } from '../../components/diagrams/pattern-layouts.ts';
import { satisfying } from '../shared/rules.ts';
import { parsePicker, pickerFields, type PickerInput } from './inputs.ts';
import { pick } from './pick.ts';
import { patternRules } from './rules.ts';

const input = (params: Record<string, string>): PickerInput => {
  const parsed = parsePicker(params);
  assert.deepEqual(parsed.errors, {});
  return parsed.input!;
};
const fitting = (params: Record<string, string>) => pick(input(params)).fitting.map((p) => p.id);

// The talk's four situations (talk-writeup; guide/openstack-patterns/) and the fits they should produce, in order.
const cases: Array<[string, Record<string, string>, string[]]> = [
  ['an existing OpenStack whose tenants want clusters (the defaults): pattern 1', {}, ['tenant-clusters']],
  ['an existing OpenStack plus spare bare metal: beside it first, tenant clusters still fit', { spareMetal: 'yes', tenantClusters: 'no' }, ['beside-openstack', 'tenant-clusters']],
  ['data science clamouring for GPUs and metal, no OpenStack: bare-metal GPU only', { openstack: 'no', spareMetal: 'yes', gpu: 'heavy', tenantClusters: 'no' }, ['bare-metal-gpu']],
  ['a team fluent in Kubernetes that wants it to run OpenStack, with tenant clusters on top', { containerizeOpenstack: 'yes', kubernetesOps: 'yes', spareMetal: 'yes' }, ['openstack-on-kubernetes', 'tenant-clusters', 'beside-openstack']],
  ['strict isolation between tenants favours their own clusters over a shared one', { spareMetal: 'yes', isolation: 'yes', tenantClusters: 'no', kubernetesOps: 'yes' }, ['tenant-clusters', 'beside-openstack']],
  ['no OpenStack, no metal, no GPUs, nothing to containerize: none of the four', { openstack: 'no', tenantClusters: 'no' }, []],
];
for (const [name, params, expected] of cases) {
  test(`pick: ${name}`, () => assert.deepEqual(fitting(params), expected));
}

// Every rule on its own: when its condition holds, the pattern it speaks about lists it among its reasons.
const base = input({});
for (const rule of patternRules) {
  test(`pick: rule ${rule.id} is a reason for ${rule.pattern} when it applies`, () => {
    const judged = pick(satisfying(rule.when, base));
    const pattern = [...judged.fitting, ...judged.others].find((p) => p.id === rule.pattern)!;
    assert.ok(pattern.reasons.includes(rule), rule.text);
    assert.equal(pattern.score, pattern.reasons.reduce((s, r) => s + r.weight, 0));
  });
}

test('rules: every pattern has reasons for and against it', () => {
  for (const id of patternIds) {
    assert.ok(patternRules.some((r) => r.pattern === id && r.weight > 0), `${id} for`);
    assert.ok(patternRules.some((r) => r.pattern === id && r.weight < 0), `${id} against`);
  }
});

test('parsePicker: an unknown answer is a field error', () => {
  assert.match(parsePicker({ gpu: 'lots' }).errors.gpu ?? '', /Choose one of: None, Some/);
});

const anyInput = fc.record(Object.fromEntries(Object.entries(pickerFields).map(([k, f]) => [k, fc.constantFrom(...f.options.map((o) => o.value))]))) as fc.Arbitrary<PickerInput>;

test('pick: every pattern is judged exactly once, fitting ones sorted by score (property)', () => {
  fc.assert(fc.property(anyInput, (answers) => {
    const { fitting: fits, others } = pick(answers);
    assert.deepEqual([...fits, ...others].map((p) => p.id).sort(), [...patternIds].sort());
    for (let i = 1; i < fits.length; i++) assert.ok(fits[i - 1].score >= fits[i].score);
    assert.ok(fits.every((p) => p.score > 0) && others.every((p) => p.score <= 0));
  }));
});
