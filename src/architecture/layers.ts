/**
 * The layering rules of DESIGN.md section 1, as data and a checker: arrows point down only,
 * pages -> layouts/components/mounts -> islands -> models <- lib, and a calculator's model imports only its own
 * folder and models/shared/. The unit test in layers.test.ts reads every source file's imports and runs this.
 */

/** Where a file sits. `model:<id>` is a calculator's (or the tools directory's) model folder. */
export type Layer =
  | 'ids' | 'config' | 'registry' | 'schema' | 'lib' | 'directive' | 'island' | 'component' | 'layout' | 'page' | 'style' | 'architecture'
  | 'model:shared' | 'model:top' | `model:${string}`;

/** The layer of a path relative to src/ ("models/ha-cluster/compute.ts"), or null for files outside the rules. */
export function layerOf(path: string): Layer | null {
  const parts = path.split('/');
  if (path === 'calculator-ids.ts') return 'ids';
  if (path === 'content.config.ts') return 'config';
  if (path === 'calculators.ts') return 'registry';
  if (parts[0] === 'models') return parts.length === 2 ? 'model:top' : (`model:${parts[1]}` as Layer);
  const top: Record<string, Layer> = {
    schemas: 'schema', lib: 'lib', 'client-directives': 'directive', islands: 'island', components: 'component', layouts: 'layout', pages: 'page', styles: 'style', architecture: 'architecture',
  };
  return top[parts[0]] ?? null;
}

/** One import: the file that makes it (relative to src/), what it says, and what it resolves to (relative to src/, or null for a package). */
export interface ImportEdge { from: string; specifier: string; to: string | null }

const isModel = (l: Layer) => l.startsWith('model:');
/** Tests, and the modules only tests import, named test-*.ts (a table of cases and its checks). */
const isTest = (file: string) => /\.test\.tsx?$/.test(file) || /(^|\/)test-[^/]*\.ts$/.test(file);
/**
 * Packages models may use: fast-check for test generators; in tests, Node's own modules and the yaml parser, which
 * reads back the text a model writes (the HA sizer's exports).
 */
const modelPackage = (edge: ImportEdge) => edge.specifier === 'fast-check'
  || (isTest(edge.from) && (edge.specifier.startsWith('node:') || edge.specifier === 'yaml'));

/** Why an import breaks the rules, or null when it is allowed. */
export function ruleBroken(edge: ImportEdge): string | null {
  const from = layerOf(edge.from);
  if (!from) return null;
  const to = edge.to === null ? null : layerOf(edge.to);
  if (isModel(from)) {
    if (edge.to === null) return modelPackage(edge) ? null : 'a model uses no UI, framework or runtime package (only fast-check in test generators, node: and yaml in tests)';
    if (to === 'ids' || to === 'model:shared') return null;
    if (from === 'model:top' && to !== null && isModel(to)) return null;
    if (to === from) return null;
    return from === 'model:shared' ? 'models/shared/ imports only models/shared/ and src/calculator-ids.ts'
      : 'a model imports only its own folder, models/shared/ and src/calculator-ids.ts';
  }
  if (from === 'schema') {
    if (edge.to === null) return edge.specifier === 'astro/zod' || (isTest(edge.from) && edge.specifier.startsWith('node:')) ? null : 'a schema uses only astro/zod';
    return to === 'schema' || to === 'model:shared' || to === 'ids' ? null : 'a schema imports only schemas, models/shared/ and src/calculator-ids.ts';
  }
  if (to === null) return null;
  const forbidden: Partial<Record<Layer, Layer[]>> = {
    lib: ['island', 'component', 'layout', 'page', 'registry'],
    // A client directive is inlined into every page that uses it: it must not pull an island's code in with it.
    directive: ['island', 'component', 'layout', 'page', 'registry', 'schema', 'config'],
    island: ['page', 'layout', 'component', 'registry'],
    component: ['page', 'layout'],
    layout: ['page'],
    architecture: ['lib', 'directive', 'island', 'component', 'layout', 'page', 'schema', 'registry', 'config'],
  };
  const names: Partial<Record<Layer, string>> = {
    page: 'pages', layout: 'layouts', component: 'server components', island: 'islands', registry: 'the page-side registry (src/calculators.ts)',
    lib: 'lib/', schema: 'schemas', config: 'the content config',
  };
  const subjects: Partial<Record<Layer, string>> = { lib: 'lib/', directive: 'a client directive', island: 'an island', component: 'a server component', layout: 'a layout', architecture: 'the layering check' };
  if (forbidden[from]?.includes(to as Layer)) return `${subjects[from]} never imports ${names[to as Layer] ?? to}`;
  return null;
}

/** Every broken rule, one line each, naming the file and the import. */
export function violations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((e) => {
    const why = ruleBroken(e);
    return why ? [`src/${e.from} imports "${e.specifier}": ${why}`] : [];
  });
}
