import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toolProblems } from './check.ts';
import { formatDate } from './dates.ts';
import { filterTools, parseToolFilter } from './filter.ts';
import type { Tool } from './vocabulary.ts';

const tool = (slug: string, extra: Partial<Tool> = {}): Tool => ({
  slug, name: slug.toUpperCase(), category: 'installer', description: 'A tool used in these tests only.', patterns: [],
  speaksOpenStackApi: false, then: { status: 'active', date: '2017-05', source: 'talk-writeup' },
  now: { status: 'active', date: '2026', source: 'talk-writeup' }, home: `https://${slug}.example/`, ...extra,
});
const tools = [
  tool('kargo', { now: { status: 'renamed', date: '2017-06-16', source: 'kubespray-rename' }, successor: 'kubespray', patterns: ['beside-openstack'] }),
  tool('kubespray', { patterns: ['beside-openstack', 'bare-metal-gpu'] }),
  tool('rkt', { category: 'container-runtime', now: { status: 'archived', date: '2019-08-16', source: 'rkt-archived' } }),
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
  test(`filterTools: ${name}`, () => assert.deepEqual(filterTools(tools, parseToolFilter(params).input!).map((t) => t.slug), expected));
}

test('parseToolFilter: unknown values are field errors that keep the text', () => {
  const parsed = parseToolFilter({ status: 'gone', category: 'nope' });
  assert.equal(parsed.input, null);
  assert.equal(parsed.raw.status, 'gone');
  assert.match(parsed.errors.status ?? '', /Choose one of: Any status, Active, Renamed/);
  assert.ok(parsed.errors.category);
});

test('toolProblems: sound data passes', () => assert.deepEqual(toolProblems(tools), []));

const broken: Array<[string, Tool[], RegExp]> = [
  ['a successor that is not a tool', [tool('a', { successor: 'b' })], /successor "b" is not a tool/],
  ['a renamed tool without a successor', [tool('a', { now: { status: 'renamed', date: '2020', source: 'x' } })], /needs its successor/],
  ['a home page with tracking parameters', [tool('a', { home: 'https://a.example/?utm_source=x' })], /no query/],
  ['a home page over http', [tool('a', { home: 'http://a.example/' })], /https/],
  ['a date that is not ISO', [tool('a', { now: { status: 'active', date: 'May 2017', source: 'x' } })], /not an ISO date/],
  ['two tools with one slug', [tool('a'), tool('a')], /unique/],
];
for (const [name, data, message] of broken) {
  test(`toolProblems: flags ${name}`, () => assert.match(toolProblems(data).join('\n'), message));
}

const dates: Array<[string, string]> = [['2019', '2019'], ['2017-05', 'May 2017'], ['2019-08-16', '16 August 2019']];
for (const [iso, words] of dates) test(`formatDate: ${iso}`, () => assert.equal(formatDate(iso), words));
