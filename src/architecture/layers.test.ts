import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { violations, type ImportEdge } from './layers.ts';

const SRC = path.resolve(import.meta.dirname, '..');

/** The code of a source file that can import: all of a .ts/.tsx file, an .astro file's frontmatter and <script>s. */
function codeOf(file: string): string {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Every import of every source file under src/, resolved relative to src/ (null for packages). */
function importEdges(): ImportEdge[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /\.(ts|tsx|astro)$/.test(f) && !f.endsWith('.d.ts'));
  return files.flatMap((from) => ts.preProcessFile(codeOf(from), true, true).importedFiles.map(({ fileName: specifier }) => ({
    from, specifier,
    to: specifier.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)) : null,
  })));
}

test('layers: every import in src/ follows DESIGN.md\'s arrows', () => {
  const edges = importEdges();
  assert.ok(edges.length > 300, `read the imports of the source files (${edges.length} found)`);
  assert.deepEqual(violations(edges), []);
});

// The checker itself, on imports that must and must not pass: each case is one line someone could write tomorrow.
const cases: Array<[string, ImportEdge, RegExp | null]> = [
  ['a model importing its own folder', { from: 'models/ha-cluster/compute.ts', specifier: './plan.ts', to: 'models/ha-cluster/plan.ts' }, null],
  ['a model importing models/shared', { from: 'models/ha-cluster/compute.ts', specifier: '../shared/quorum.ts', to: 'models/shared/quorum.ts' }, null],
  ['a model importing the public ids', { from: 'models/shared/calculator-model.ts', specifier: '../../calculator-ids.ts', to: 'calculator-ids.ts' }, null],
  ['a model importing another calculator\'s model', { from: 'models/vm-vs-containers/vm.ts', specifier: '../ha-cluster/plan.ts', to: 'models/ha-cluster/plan.ts' }, /its own folder/],
  ['models/shared importing a calculator\'s model', { from: 'models/shared/zones.ts', specifier: '../ha-cluster/plan.ts', to: 'models/ha-cluster/plan.ts' }, /models\/shared\/ imports only/],
  ['a model importing an island', { from: 'models/ha-cluster/compute.ts', specifier: '../../islands/shared/Result.tsx', to: 'islands/shared/Result.tsx' }, /its own folder/],
  ['a model importing lib', { from: 'models/tools/filter.ts', specifier: '../../lib/paths.ts', to: 'lib/paths.ts' }, /its own folder/],
  ['a model importing a drawing file', { from: 'models/pattern-picker/pick.ts', specifier: '../../components/diagrams/pattern-layouts.ts', to: 'components/diagrams/pattern-layouts.ts' }, /its own folder/],
  ['a model importing Preact', { from: 'models/ha-cluster/summary.ts', specifier: 'preact', to: null }, /no UI, framework/],
  ['a model importing astro:content', { from: 'models/tools/check.ts', specifier: 'astro:content', to: null }, /no UI, framework/],
  ['a model test using node:test', { from: 'models/ha-cluster/compute.test.ts', specifier: 'node:test', to: null }, null],
  ['a model test reading YAML back', { from: 'models/ha-cluster/export/kubeadm.test.ts', specifier: 'yaml', to: null }, null],
  ['a test-only module of a model reading YAML back', { from: 'models/ha-cluster/export/test-plans.ts', specifier: 'yaml', to: null }, null],
  ['a model using the YAML parser outside a test', { from: 'models/ha-cluster/export/kubeadm.ts', specifier: 'yaml', to: null }, /no UI, framework/],
  ['the model registry importing every model', { from: 'models/registry.ts', specifier: './ha-cluster/index.ts', to: 'models/ha-cluster/index.ts' }, null],
  ['lib importing an island', { from: 'lib/source-links.ts', specifier: '../islands/shared/Field.tsx', to: 'islands/shared/Field.tsx' }, /lib\/ never imports islands/],
  ['lib importing a component', { from: 'lib/tools.ts', specifier: '../components/Source.astro', to: 'components/Source.astro' }, /lib\/ never imports server components/],
  ['lib importing the page-side registry of mounts', { from: 'lib/x.ts', specifier: '../calculators.ts', to: 'calculators.ts' }, /lib\/ never imports the page-side registry/],
  ['lib importing a model', { from: 'lib/tools.ts', specifier: '../models/tools/check.ts', to: 'models/tools/check.ts' }, null],
  ['a client directive importing an island', { from: 'client-directives/intent.ts', specifier: '../islands/shared/Result.tsx', to: 'islands/shared/Result.tsx' }, /a client directive never imports islands/],
  ['a client directive importing lib', { from: 'client-directives/intent.ts', specifier: '../lib/address.ts', to: 'lib/address.ts' }, null],
  ['an island importing a layout', { from: 'islands/ha-cluster/HaCluster.tsx', specifier: '../../layouts/Base.astro', to: 'layouts/Base.astro' }, /an island never imports layouts/],
  ['an island importing a server component', { from: 'islands/tools/ToolCard.tsx', specifier: '../../components/Source.astro', to: 'components/Source.astro' }, /an island never imports server components/],
  ['an island importing a page', { from: 'islands/tools/ToolCard.tsx', specifier: '../../pages/index.astro', to: 'pages/index.astro' }, /an island never imports pages/],
  ['an island importing a model and lib', { from: 'islands/tools/ToolCard.tsx', specifier: '../../lib/paths.ts', to: 'lib/paths.ts' }, null],
  ['a schema importing lib', { from: 'schemas/tools.ts', specifier: '../lib/tools.ts', to: 'lib/tools.ts' }, /a schema imports only/],
  ['a schema importing a calculator\'s model', { from: 'schemas/tools.ts', specifier: '../models/tools/filter.ts', to: 'models/tools/filter.ts' }, /a schema imports only/],
];
for (const [name, edge, expected] of cases) {
  test(`layers: ${name} is ${expected ? 'refused, naming the file and import' : 'allowed'}`, () => {
    const found = violations([edge]);
    if (!expected) return assert.deepEqual(found, []);
    assert.equal(found.length, 1);
    assert.match(found[0], expected);
    assert.ok(found[0].includes(`src/${edge.from}`) && found[0].includes(`"${edge.specifier}"`), found[0]);
  });
}
