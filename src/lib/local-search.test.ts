import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchPages, type IndexedPage } from './local-search.ts';

const pages: IndexedPage[] = [
  { url: 'guide/architecture/index.html', title: 'Architecture 101', text: 'etcd needs a quorum of floor(n/2) + 1 members. Quorum keeps the cluster consistent.' },
  { url: 'guide/toolbox/index.html', title: 'The toolbox', text: 'Kubespray and Juju install clusters; quorum is mentioned once.' },
  { url: 'tools/index.html', title: 'Tooling directory', text: 'Kubespray, formerly Kargo, is an installer.' },
];

const cases: Array<[string, string, string[]]> = [
  ['one word, most occurrences first', 'quorum', ['guide/architecture/index.html', 'guide/toolbox/index.html']],
  ['every word must appear', 'kubespray juju', ['guide/toolbox/index.html']],
  ['a title match ranks first', 'toolbox', ['guide/toolbox/index.html']],
  ['case does not matter', 'KARGO', ['tools/index.html']],
  ['nothing for an absent word', 'zookeeper', []],
  ['nothing for an empty query', '   ', []],
];
for (const [name, query, expected] of cases) {
  test(`searchPages: ${name}`, () => assert.deepEqual(searchPages(pages, query).map((h) => h.page.url), expected));
}

test('searchPages: the excerpt surrounds the first match and keeps its case', () => {
  const [hit] = searchPages(pages, 'kargo');
  assert.equal(hit.excerpt.match, 'Kargo');
  assert.match(hit.excerpt.before, /formerly $/);
});
