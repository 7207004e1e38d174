/**
 * Classic-script islands: rewrites built pages so that every island hydrates, and every page script runs, from
 * classic scripts only (no <script type="module">, no import() of a URL). Module scripts cannot load where our embeds
 * and the portable build live: inside WordPress's sandbox="allow-scripts" frame (an opaque origin makes every module
 * fetch a CORS request, which a plain static host refuses) and from file:// (Chromium refuses modules there).
 *
 * Astro's own <astro-island> element keeps doing the work (directives, props, slots); only its importWithRetry is
 * pointed at a registry of lazy modules in one classic bundle per page, which esbuild makes from the built chunks, so a
 * page carries only what it uses. The islands' components and renderer are a second classic file per page, injected
 * when the first island hydrates (client:intent waits for a reader, so the page needs none of it before). Modules that
 * chunks load with import() (Chart.js) become classic files of their own, injected on first use. Nothing here knows
 * about a particular calculator. See ../shared/notes/portable.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { rehashScripts } from './csp.ts';
import {
  attr, byTag, createElement, headOf, insertAfter, parseHtml, removeElement, replaceElement, serializeHtml, textOf, type Document, type Element,
} from './html.ts';
import { classicRuntime, islandPatch } from './classic-runtime.ts';

export interface ClassicOptions {
  /** The build's output folder (absolute). */
  outDir: string;
  /** The base path the site was built for ("/" or "/sub/"): URLs in the pages start with it. */
  base: string;
  /** The pages to rewrite, relative to outDir ("embed/ha-cluster/index.html"). */
  pages: readonly string[];
  /** How a page reaches _astro/ at run time: the absolute "<base>_astro/" by default, a relative path for file://. */
  assetBase?: (page: string) => string;
}

/** What a rewrite produced, for the build log and for tests. */
export interface ClassicReport { page: string; bundle: string; modules: number; lazy: string[] }

const ASTRO_DIR = '_astro';
const LAZY = 'k8s-lazy:';
const INLINE = 'k8s-inline:';
/** The name under which a page's islands file defines its modules (one per page). */
const ISLANDS = 'k8s-islands';
/** Vite's preload helper lists a chunk's CSS and JS dependencies to preload as modules; classic scripts have none to preload. */
const VITE_MAP_DEPS = /\b__vite__mapDeps\(\[[\d,\s]*\]\)/g;

const contentHash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 10);
const keyOf = (url: string) => url.split(/[?#]/)[0].split('/').pop()!;

/** Rewrites every page in `options.pages`; bundles land in <outDir>/_astro/ under content-hashed names. */
export async function classicIslands(options: ClassicOptions): Promise<ClassicReport[]> {
  const lazyFiles = new Map<string, Promise<string>>();
  const reports: ClassicReport[] = [];
  for (const page of options.pages) reports.push(await rewritePage(page, options, lazyFiles));
  return reports;
}

/** A site URL ("/sub/_astro/x.js") as a file of the build. */
function fileOfUrl(url: string, options: ClassicOptions): string {
  if (!url.startsWith(options.base)) throw new Error(`${url} is outside the site's base ${options.base}: classic bundles hold only the site's own modules`);
  return path.join(options.outDir, url.slice(options.base.length).split(/[?#]/)[0]);
}

/** The esbuild plugin shared by page and lazy bundles: site URLs, inline scripts, and import() turned into lazy markers. */
function sitePlugin(options: ClassicOptions, inline: string[], entry: string): esbuild.Plugin {
  return {
    name: 'k8s-classic',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.path.startsWith(INLINE)) return { path: args.path, namespace: 'k8s-inline' };
        // The entry's own import()s are the page's modules, bundled; a chunk's import()s stay lazy files of their own.
        const fromChunk = path.basename(args.importer) !== entry && args.namespace === 'file';
        const file = args.path.startsWith('/') ? fileOfUrl(args.path, options)
          : args.path.startsWith('.') ? path.resolve(args.resolveDir, args.path) : null;
        if (file === null) return undefined;
        if (args.kind === 'dynamic-import' && fromChunk) return { path: LAZY + path.relative(options.outDir, file), external: true };
        return { path: file };
      });
      build.onLoad({ filter: /.*/, namespace: 'k8s-inline' }, (args) => ({
        contents: inline[Number(args.path.slice(INLINE.length))], loader: 'js', resolveDir: options.outDir,
      }));
      build.onLoad({ filter: /\.js$/ }, (args) => ({ contents: readFileSync(args.path, 'utf8').replace(VITE_MAP_DEPS, 'void 0'), loader: 'js' }));
    },
  };
}

/** Bundles an entry into one minified classic script, with its import()s of chunks left as lazy markers. */
async function bundle(contents: string, options: ClassicOptions, inline: string[]): Promise<string> {
  const entry = '<classic-entry>';
  const result = await esbuild.build({
    stdin: { contents, resolveDir: options.outDir, sourcefile: entry, loader: 'js' },
    bundle: true, format: 'iife', minify: true, write: false, target: 'es2022', legalComments: 'none',
    define: { 'import.meta.url': 'document.baseURI', 'import.meta.env': '{}' },
    plugins: [sitePlugin(options, inline, entry)], logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Replaces each lazy marker import("k8s-lazy:_astro/x.js") by a call that injects x's own classic file. */
async function linkLazy(code: string, options: ClassicOptions, lazyFiles: Map<string, Promise<string>>, used: Set<string>): Promise<string> {
  const markers = [...code.matchAll(/import\("k8s-lazy:([^"]+)"\)/g)];
  if (code.split(LAZY).length - 1 !== markers.length) throw new Error('a lazy import was printed in a form the classic build does not know');
  let out = code;
  for (const [marker, rel] of markers) {
    if (!lazyFiles.has(rel)) lazyFiles.set(rel, buildLazy(rel, options, lazyFiles));
    const file = await lazyFiles.get(rel)!;
    used.add(file);
    out = out.replace(marker, `__k8sClassic.load(${JSON.stringify(keyOf(rel))},${JSON.stringify(file)})`);
  }
  return out;
}

/** A chunk loaded with import(), as a classic file that registers its exports; its own import()s are lazy too. */
async function buildLazy(rel: string, options: ClassicOptions, lazyFiles: Map<string, Promise<string>>): Promise<string> {
  const url = options.base + rel;
  const code = await bundle(`import * as m from ${JSON.stringify(url)};__k8sClassic.define(${JSON.stringify(keyOf(rel))},m);`, options, []);
  const linked = await linkLazy(code, options, lazyFiles, new Set());
  const name = `${keyOf(rel).replace(/\.js$/, '')}.classic.${contentHash(linked)}.js`;
  writeFileSync(path.join(options.outDir, ASTRO_DIR, name), linked);
  return name;
}

/** Astro's inline script that defines <astro-island>; islands are hydrated through its importWithRetry. */
function islandScript(doc: Document): Element | undefined {
  return byTag(doc, 'script').find((s) => textOf(s).includes('customElements.define("astro-island"'));
}

async function rewritePage(page: string, options: ClassicOptions, lazyFiles: Map<string, Promise<string>>): Promise<ClassicReport> {
  const htmlFile = path.join(options.outDir, page);
  const doc = parseHtml(readFileSync(htmlFile, 'utf8'));
  const modules = new Map<string, string>();
  /** The islands' components and renderer: a classic file of their own, loaded when the first island hydrates. */
  const islandModules = new Map<string, string>();
  const inline: string[] = [];

  const islands = byTag(doc, 'astro-island');
  for (const island of islands) {
    if (attr(island, 'before-hydration-url')) throw new Error(`${page}: before-hydration-url is not supported by the classic build`);
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(island, name);
      if (url) islandModules.set(keyOf(url), `()=>import(${JSON.stringify(url)})`);
    }
  }
  const astroScript = islandScript(doc);
  if (islands.length > 0 && !astroScript) throw new Error(`${page}: has islands but not Astro's astro-island script`);
  if (astroScript && !textOf(astroScript).includes('importWithRetry(')) throw new Error(`${page}: Astro's island script no longer has importWithRetry; update scripts/build/classic-runtime.ts`);

  for (const script of byTag(doc, 'script').filter((s) => attr(s, 'type') === 'module')) {
    const src = attr(script, 'src');
    let key: string;
    if (src) {
      key = keyOf(src);
      modules.set(key, `()=>import(${JSON.stringify(src)})`);
    } else {
      key = `inline-${inline.length}`;
      modules.set(key, `()=>import(${JSON.stringify(INLINE + inline.length)})`);
      inline.push(textOf(script));
    }
    replaceElement(script, createElement('script', {}, `__k8sClassic.run(${JSON.stringify(key)})`));
  }
  for (const link of byTag(doc, 'link').filter((l) => attr(l, 'rel') === 'modulepreload')) removeElement(link);
  if (modules.size === 0 && islandModules.size === 0) return { page, bundle: '', modules: 0, lazy: [] };

  const used = new Set<string>();
  const registry = (entries: Map<string, string>) => `{${[...entries].map(([key, thunk]) => `${JSON.stringify(key)}:${thunk}`).join(',')}}`;
  if (islandModules.size > 0) {
    const islandCode = await linkLazy(await bundle(`__k8sClassic.define(${JSON.stringify(ISLANDS)},${registry(islandModules)});`, options, []), options, lazyFiles, used);
    const islandFile = `islands.classic.${contentHash(islandCode)}.js`;
    writeFileSync(path.join(options.outDir, ASTRO_DIR, islandFile), islandCode);
    used.add(islandFile);
    for (const key of islandModules.keys()) {
      modules.set(key, `()=>__k8sClassic.load(${JSON.stringify(ISLANDS)},${JSON.stringify(islandFile)}).then(function(m){return m[${JSON.stringify(key)}]()})`);
    }
  }
  const entry = `__k8sClassic.register(${registry(modules)});`;
  const code = await linkLazy(await bundle(entry, options, inline), options, lazyFiles, used);
  // Named by content alone, so pages that use the same modules share one file.
  const name = `page.classic.${contentHash(code)}.js`;
  writeFileSync(path.join(options.outDir, ASTRO_DIR, name), code);

  const assetBase = options.assetBase?.(page) ?? `${options.base}${ASTRO_DIR}/`;
  const head = headOf(doc);
  const csp = byTag(head, 'meta').find((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (!csp) throw new Error(`${page}: no Content-Security-Policy meta`);
  const runtime = createElement('script', {}, classicRuntime(assetBase));
  insertAfter(csp, runtime);
  insertAfter(runtime, createElement('script', { defer: '', src: assetBase + name }));
  if (astroScript) insertAfter(astroScript, createElement('script', {}, islandPatch));
  rehashScripts(doc);
  writeFileSync(htmlFile, serializeHtml(doc));
  return { page, bundle: name, modules: modules.size, lazy: [...used] };
}
