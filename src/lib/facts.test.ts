import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { formatDate } from '../models/shared/dates.ts';
import { FRESH_FOR_DAYS } from '../models/shared/facts.ts';
import { citedId, comparisonSchema, factSchema, type Fact } from '../schemas/facts.ts';
import { findHardCoded, needles, staleNow } from './fact-check.ts';
import { expandTokens, type ToolDates } from './fact-text.ts';

// One home per fact (issue 14): versions, releases and statuses live in content/data/facts.yaml and tools.yaml, and
// pages render them through <Fact />, <ToolDate /> or {fact:...} tokens. This test reads the content as the build
// does and fails on every hand-written copy, naming the file, the line and what to write instead. It also reports,
// without failing, the facts that nobody has confirmed for FRESH_FOR_DAYS days: where the next review should look.

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const data = (name: string) => parse(read(`content/data/${name}`)) as Record<string, unknown>;
const files = (dir: string, ext: RegExp) => readdirSync(path.join(ROOT, dir)).filter((f) => ext.test(f)).sort().map((f) => `${dir}/${f}`);

const facts: Fact[] = Object.entries(data('facts.yaml')).map(([id, entry]) => ({ id, ...factSchema.parse(entry) }));
const factMap = new Map(facts.map((f) => [f.id, f]));
type ToolEntry = ToolDates & { now: { status: string; note?: string }; then: { note?: string } };
const tools = new Map(Object.entries(data('tools.yaml')) as Array<[string, ToolEntry]>);
const sources = new Set(Object.keys(data('sources.yaml')));

/** Every page and data file a reader sees text from. facts.yaml and sources.yaml are the homes and are not read. */
const scanned = [
  ...files('content/guide', /\.mdx$/),
  ...files('content/calculators', /\.mdx$/),
  ...['glossary.yaml', 'tools.yaml', 'patterns.yaml', 'slides.yaml', 'comparisons.yaml'].map((f) => `content/data/${f}`),
  ...files('src/pages/talk', /\.astro$/),
  'src/pages/index.astro',
];

test('facts: every fact names a known source, and a tool that exists when its date is a tool\'s', () => {
  for (const f of facts) {
    assert.ok(sources.has(f.source), `${f.id}: source "${f.source}" is not in content/data/sources.yaml`);
    if (f.tool) assert.ok(tools.has(f.tool), `${f.id}: tool "${f.tool}" is not in content/data/tools.yaml`);
  }
});

test('facts: the comparison tables are valid and cite known sources', () => {
  const tables = Object.entries(data('comparisons.yaml'));
  assert.ok(tables.some(([id]) => id === 'containers-or-vms'), 'the containers-or-vms table exists');
  for (const [id, table] of tables) {
    for (const row of comparisonSchema.parse(table).rows) {
      for (const s of row.sources.map(citedId)) assert.ok(sources.has(s), `${id}/${row.id}: source "${s}" is not in content/data/sources.yaml`);
    }
  }
});

test('facts: every {fact:...} and {tool:...} token in the data files resolves', () => {
  for (const file of scanned.filter((f) => f.endsWith('.yaml'))) {
    const strings = JSON.stringify(parse(read(file))).match(/\{(?:fact|tool):[^}]*\}/g) ?? [];
    for (const token of strings) assert.doesNotThrow(() => expandTokens(token, factMap, tools), `${file}: ${token}`);
  }
});

const all = needles(facts, tools);

test(`facts: no page or data file writes by hand a version or date that facts.yaml or tools.yaml holds (${scanned.length} files)`, () => {
  const findings = scanned.flatMap((file) => findHardCoded(file, read(file), all));
  const report = findings.map((f) => `${f.file}:${f.line}: "${f.found}" is held by ${f.homes.join(' and ')}; write ${f.use.join(', or ')}`);
  assert.deepEqual(report, [], `\n${report.join('\n')}\n`);
});

// The check itself must be able to fail. On made-up facts and tools, so the cases do not move with the data: every
// hand-written copy is found, on its line, with the fact or tool to use.
const fixture = (id: string, value: string, extra: Partial<Fact> = {}): Fact => ({ id, value, kind: 'now', asOf: '2026-08-21', source: 's', about: 'x'.repeat(10), ...extra });
const fixtureNeedles = needles(
  [fixture('capo-latest', 'v0.14.7'), fixture('openstack-2025-1', '2025.1 Epoxy', { kind: 'history', date: '2025-04-02', match: ['(?<![\\w.])2025\\.1(?!\\d)', '\\bEpoxy\\b'] })],
  new Map([['capo', { then: { date: '2019-03-29' }, now: { date: '2026-08-07' } }], ['rkt', { then: { date: '2017-03-29' }, now: { date: '2019-08-16' } }]]),
);

test('findHardCoded: finds a version, a day and a release name written by hand, and says what to use', () => {
  const mdx = [
    '## Tools today',
    'CAPO v0.14.7 was tagged on 7 August 2026.',
    'Magnum deprecated the driver in 2025.1 Epoxy, out on 2025-04-02; rkt was archived on August 16, 2019.',
    'Kubernetes <Fact id="capo-latest" /> is fine, and so are v0.14.70, 12025.1 and a talk given in May 2017.',
  ].join('\n');
  const found = findHardCoded('chapter.mdx', mdx, fixtureNeedles).map((f) => [f.line, f.found, f.homes.join(' ')]);
  assert.deepEqual(found, [
    [2, 'v0.14.7', 'fact capo-latest'],
    [2, '7 August 2026', 'tools.yaml capo.now'],
    [3, '2025.1', 'fact openstack-2025-1'],
    [3, 'Epoxy', 'fact openstack-2025-1'],
    [3, '2025-04-02', 'fact openstack-2025-1'],
    [3, 'August 16, 2019', 'tools.yaml rkt.now'],
  ]);
  assert.match(findHardCoded('chapter.mdx', 'v0.14.7', fixtureNeedles)[0].use.join(), /<Fact id="capo-latest" \/>/);
});

test('findHardCoded: a status date in tools.yaml is its home, but the same day in a note is a copy', () => {
  const yaml = "rkt:\n  now: { status: archived, date: '2019-08-16', source: rkt-archived, note: 'Archived on 16 August 2019.' }";
  assert.deepEqual(findHardCoded('tools.yaml', yaml, fixtureNeedles).map((f) => [f.line, f.found]), [[2, '16 August 2019']]);
});

test('findHardCoded: with the real data, a chapter that types the newest CAPO release and the day of rkt\'s archiving fails', () => {
  const capo = factMap.get('capo-latest')!;
  const homes = findHardCoded('chapter.mdx', `CAPO ${capo.value}; rkt was archived on ${formatDate(tools.get('rkt')!.now.date)}.`, all).flatMap((f) => f.homes);
  assert.ok(homes.includes('fact capo-latest') && homes.includes('tools.yaml rkt.now'), homes.join(', '));
});

test('staleNow: a now fact or an active tool older than the limit is listed; history, events and tools dated by a fresh fact are not', () => {
  const fact = (id: string, kind: 'now' | 'history', asOf: string, tool?: string) => ({ id, kind, asOf, tool, value: id, source: 's', about: 'x'.repeat(10) }) as Fact;
  const toolAt = (status: string, date: string) => ({ then: { date: '2017-05' }, now: { status, date } });
  const stale = staleNow(
    [fact('old', 'now', '2026-01-31'), fact('fresh', 'now', '2026-11-01'), fact('past', 'history', '2020-01-01'), fact('release', 'now', '2026-10-01', 'steady')],
    new Map([['quiet', toolAt('active', '2026')], ['gone', toolAt('retired', '2019-01-01')], ['steady', toolAt('active', '2025-06-01')]]),
    new Date('2026-11-28T00:00:00Z'), 120,
  );
  assert.deepEqual(stale.map((s) => [s.what, s.days]), [['tools.yaml quiet.now (active)', 331], ['fact old (old)', 301]]);
});

test(`facts: the now facts and active tools not confirmed for ${FRESH_FOR_DAYS} days (reported, not failed)`, (t) => {
  const stale = staleNow(facts, tools, new Date(), FRESH_FOR_DAYS);
  t.diagnostic(`${stale.length} to re-check (older than ${FRESH_FOR_DAYS} days):`);
  for (const s of stale) t.diagnostic(`  ${s.what}: as of ${s.asOf}, ${s.days} days ago`);
  assert.ok(facts.some((f) => f.kind === 'now'), 'facts.yaml has now facts to watch');
});
