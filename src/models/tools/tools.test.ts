import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toolProblems } from './check.ts';
import { formatDate } from '../shared/dates.ts';
import type { FilterableTool } from './filter.ts';
import { toolsModel } from './index.ts';

const tool = (slug: string, extra: Partial<FilterableTool> & { successor?: string } = {}): FilterableTool & { successor?: string } => ({
  slug, name: slug.toUpperCase(), category: 'installer', patterns: [], now: { status: 'active' }, ...extra,
});
const tools = [
  tool('kargo', { now: { status: 'renamed' }, successor: 'kubespray', patterns: ['beside-openstack'] }),
  tool('kubespray', { patterns: ['beside-openstack', 'bare-metal-gpu'] }),
  tool('rkt', { category: 'container-runtime', now: { status: 'archived' } }),
];

const filters: Array<[string, Record<string, string>, string[]]> = [
  ['no filter shows every tool', {}, ['kargo', 'kubespray', 'rkt']],
  ['?status=archived', { status: 'archived' }, ['rkt']],
  ['?category=installer', { category: 'installer' }, ['kargo', 'kubespray']],
  ['?pattern=bare-metal-gpu', { pattern: 'bare-metal-gpu' }, ['kubespray']],
  ['?q= matches names ignoring case', { q: 'SPRAY' }, ['kubespray']],
  ['filters combine', { category: 'installer', status: 'renamed', q: 'k' }, ['kargo']],
];
for (const [name, params, expected] of filters) {
  test(`toolsModel: ${name}`, () => {
    const shown = tools.filter(toolsModel.compute(toolsModel.parse(params).input!));
    assert.deepEqual(shown.map((t) => t.slug), expected);
  });
}

test('toolsModel.parse: unknown values are field errors that keep the text', () => {
  const parsed = toolsModel.parse({ status: 'gone', category: 'nope' });
  assert.equal(parsed.input, null);
  assert.equal(parsed.raw.status, 'gone');
  assert.match(parsed.errors.status ?? '', /Choose one of: Any status, Active, Renamed/);
  assert.ok(parsed.errors.category);
});

test('toolProblems: sound data passes', () => assert.deepEqual(toolProblems(tools), []));

const broken: Array<[string, Array<{ slug: string; successor?: string }>, RegExp]> = [
  ['a successor that is not a tool', [tool('a', { successor: 'b' })], /successor "b" is not a tool/],
  ['a tool that succeeds itself', [tool('a', { successor: 'a' })], /cannot succeed itself/],
];
for (const [name, data, message] of broken) {
  test(`toolProblems: flags ${name}`, () => assert.match(toolProblems(data).join('\n'), message));
}

const dates: Array<[string, string]> = [['2019', '2019'], ['2017-05', 'May 2017'], ['2019-08-16', '16 August 2019']];
for (const [iso, words] of dates) test(`formatDate: ${iso}`, () => assert.equal(formatDate(iso), words));
