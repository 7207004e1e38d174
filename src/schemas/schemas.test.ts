import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'astro/zod';
import { comparisonRowSchema, comparisonSchema, factSchema } from './facts.ts';
import { calculatorPageSchema, chapterSchema } from './guide.ts';
import { glossarySchema, sourceSchema } from './references.ts';
import { slideSchema } from './slides.ts';
import { patternSummarySchema, toolSchema } from './tools.ts';

// What a content author sees when a YAML row or front matter is wrong: the field's path and a message that says
// what to write instead. Each case starts from a valid entry and breaks one thing.
const chapter = { title: 'Architecture 101', description: 'One sentence for search engines and previews.', order: 2, summary: 'Two or three sentences shown as In short.' };
const tool = {
  name: 'Kubespray', category: 'installer', description: 'Ansible playbooks that install Kubernetes on machines you have.', patterns: ['beside-openstack'],
  speaksOpenStackApi: false, then: { status: 'renamed', date: '2017-06-16', source: 'kubespray-rename' }, now: { status: 'active', date: '2026-11', source: 'kubespray' },
  home: 'https://kubespray.io/',
};
const slide = { id: '03', title: 'Just software', points: ['It can fail'], notes: 'Say that it is software.' };
const fact = { value: 'v0.14.7', kind: 'now', asOf: '2026-08-21', source: 'capo-releases', about: 'The newest CAPO release.', tool: 'capo' };
const row = {
  id: 'isolation', criterion: 'Isolation', containers: 'Code you trust, sharing one kernel.', vms: 'Tenants who do not trust each other.',
  openstack: 'Nova gives every server its own kernel.', sources: ['felter-2015'],
};

const cases: Array<[string, z.ZodType, unknown, string, RegExp]> = [
  ['a chapter description that is too short', chapterSchema, { ...chapter, description: 'Short.' }, 'description', /20 to 200 characters/],
  ['a chapter order that is text', chapterSchema, { ...chapter, order: 'two' }, 'order', /whole number/],
  ['a chapter naming an unknown calculator', chapterSchema, { ...chapter, calculators: ['sizer'] }, 'calculators.0', /a calculator id: one of ha-cluster/],
  ['an unknown front-matter field', chapterSchema, { ...chapter, subtitle: 'x' }, '', /subtitle/],
  ['a calculator page for an unknown id', calculatorPageSchema, { calculator: 'sizer' }, 'calculator', /a calculator id/],
  ['a source without an address', sourceSchema, { title: 'etcd FAQ', url: 'etcd.io/faq', publisher: 'etcd' }, 'url', /a full address/],
  ['a glossary definition that says nothing', glossarySchema, { term: 'etcd', definition: 'A store.' }, 'definition', /at least 20 characters/],
  ['a tool home page over http', toolSchema, { ...tool, home: 'http://kubespray.io/' }, 'home', /an https address/],
  ['a tool home page with tracking parameters', toolSchema, { ...tool, home: 'https://kubespray.io/?utm_source=x' }, 'home', /no query or fragment/],
  ['a tool date in words', toolSchema, { ...tool, now: { ...tool.now, date: 'May 2017' } }, 'now.date', /ISO date: YYYY, YYYY-MM or YYYY-MM-DD/],
  ['a tool status that does not exist', toolSchema, { ...tool, now: { ...tool.now, status: 'dead' } }, 'now.status', /one of active, renamed/],
  ['a renamed tool without its successor', toolSchema, { ...tool, now: { ...tool.now, status: 'renamed' } }, 'successor', /names its successor/],
  ['a tool in an unknown category', toolSchema, { ...tool, category: 'cli' }, 'category', /a category: one of provisioning/],
  ['a tool for an unknown pattern', toolSchema, { ...tool, patterns: ['hybrid'] }, 'patterns.0', /a pattern id: one of tenant-clusters/],
  ['a pattern summary with one trade-off', patternSummarySchema, { fits: 'When teams want their own clusters.', tradeoffs: ['Two schedulers stack.'], source: 'talk-writeup' }, 'tradeoffs', /at least two trade-offs/],
  ['a slide id that is not two digits', slideSchema, { ...slide, id: '3' }, 'id', /two digits: the slide order/],
  ['a slide with six points', slideSchema, { ...slide, points: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'points', /one to five points/],
  ['a slide figure the guide does not have', slideSchema, { ...slide, figure: 'timeline' }, 'figure', /a figure from the guide: one of architecture, quorum/],
  ['a live slide for an unknown calculator', slideSchema, { ...slide, live: 'sizer' }, 'live', /a calculator id: one of ha-cluster/],
  ['a slide with a figure and a live calculator', slideSchema, { ...slide, figure: 'quorum', live: 'ha-cluster' }, 'live', /one picture per slide/],
  ['a fact of an unknown kind', factSchema, { ...fact, kind: 'current' }, 'kind', /one of now, history: a state that ages, or a dated event/],
  ['a fact confirmed only to the month', factSchema, { ...fact, asOf: '2026-08' }, 'asOf', /last confirmed, as YYYY-MM-DD/],
  ['a fact with a date in words', factSchema, { ...fact, tool: undefined, date: '7 August 2026' }, 'date', /ISO date: YYYY, YYYY-MM or YYYY-MM-DD/],
  ['a fact with both a date and a tool that dates it', factSchema, { ...fact, date: '2026-08-07' }, 'tool', /not both \(one home per date\)/],
  ['a history fact dated after it was confirmed', factSchema, { ...fact, kind: 'history', tool: undefined, date: '2027-01-01' }, 'date', /on or before the day it was confirmed/],
  ['a fact whose match pattern does not compile', factSchema, { ...fact, match: ['v0.14(.7'] }, 'match.0', /a valid regular expression/],
  ['a fact without its source', factSchema, { ...fact, source: '' }, 'source', /a source in content\/data\/sources.yaml/],
  ['a comparison row without sources', comparisonRowSchema, { ...row, sources: [] }, 'sources', /at least one source id/],
  ['a comparison row with an empty OpenStack note', comparisonRowSchema, { ...row, openstack: 'n/a' }, 'openstack', /what it means on OpenStack/],
  ['a comparison row whose source has an empty label', comparisonRowSchema, { ...row, sources: [{ id: 'felter-2015', label: '' }] }, 'sources.0.label', /a short label for the link/],
  ['a comparison table with a row twice', comparisonSchema, { rows: [row, { ...row, criterion: 'Density' }, { ...row, id: 'density' }] }, 'rows', /each row id once/],
];

test('schemas: the valid entries used below pass', () => {
  assert.equal(chapterSchema.safeParse(chapter).success, true);
  assert.equal(toolSchema.safeParse(tool).success, true);
  assert.equal(slideSchema.safeParse(slide).success, true);
  assert.equal(factSchema.safeParse(fact).success, true);
  assert.equal(comparisonRowSchema.safeParse(row).success, true);
});

for (const [name, schema, entry, path, message] of cases) {
  test(`schemas: ${name} is refused at "${path}" with a message saying what to write`, () => {
    const result = schema.safeParse(entry);
    assert.equal(result.success, false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === path);
    assert.ok(issue, `an issue at "${path}" in ${JSON.stringify(result.error!.issues)}`);
    assert.match(issue.message, message);
  });
}
