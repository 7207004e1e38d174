/**
 * The portable copy (a post-build step of `npm run build`): the finished build (OUT_DIR, default dist) as a copy that
 * opens straight from disk (file://), in <OUT_DIR>-portable/ and <OUT_DIR>-portable.zip, the zip also offered for
 * download in the build itself (<OUT_DIR>/k8s-or-die.zip, linked from /host/). Browsers refuse module scripts,
 * fetch() and directory links there (../shared/notes/portable.md), so the copy:
 *   1. hydrates every island from classic scripts (classic-islands.ts), with _astro/ reached by a relative path;
 *   2. rewrites every link relative to its page, naming index.html, and adds a small script that does the same for
 *      links the islands make at run time;
 *   3. carries its search index as a classic script (search-index.js), which the search page uses from disk;
 *   4. leaves out what cannot work from disk: the service worker and its registration, the manifest link, the
 *      download link to the zip itself, precompressed copies and the module chunks nothing uses any more; keeps
 *      Pagefind, which works when the copy is served over http;
 *   5. rehashes each page's Content-Security-Policy, and zips the folder with a README.txt for organisers and
 *      serve.mjs, a small static server for a venue network that needs nothing but Node.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IndexedPage } from '../../src/lib/local-search.ts';
import { offlineScript } from '../../src/lib/offline-script.ts';
import { portableZipPath } from '../../src/lib/routes.ts';
import { classicIslands } from './classic-islands.ts';
import { classicRuntime, portableLinks } from './classic-runtime.ts';
import { rehashScripts } from './csp.ts';
import {
  attr, byTag, createElement, elements, headOf, insertAfter, parseHtml, removeElement, serializeHtml, setAttr, type Document, type Element,
} from './html.ts';
import { isExternal, portableSrcset, portableUrl, rootOf } from './portable-urls.ts';
import { zip } from './zip.ts';

const TOP = 'k8s-or-die';

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'))
  .filter((f) => statSync(path.join(dir, f)).isFile()).sort();
const skipped = (rel: string) => /\.(gz|br|zip)$/.test(rel) || rel === 'sw.js' || /^workbox-.*\.js$/.test(rel);

export interface PortableReport { pages: number; searchable: number; zipBytes: number; folder: string }

/** Writes <source>-portable/ and <source>-portable.zip from the finished build in `source`, built for `base`. */
export async function writePortable(source: string, base: string): Promise<PortableReport> {
  const target = `${source}-portable`;
  if (!existsSync(path.join(source, 'index.html'))) throw new Error(`${source} holds no build: run npm run build first`);
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true, filter: (from) => !skipped(path.relative(source, from).split(path.sep).join('/')) });
  const pages = files(target).filter((f) => f.endsWith('.html'));

  // 1. Classic-script islands. Embed pages are classic already: only their runtime's way to _astro/ changes.
  const isClassic = (page: string) => readFileSync(path.join(target, page), 'utf8').includes('window.__k8sClassic=');
  const assetBase = (page: string) => `${rootOf(page)}_astro/`;
  await classicIslands({ outDir: target, base, pages: pages.filter((p) => !isClassic(p)), assetBase });

  // 2-3, 5. Links, the link script, the search index, the CSP.
  const isDirectory = (rel: string) => { try { return statSync(path.join(target, rel)).isDirectory(); } catch { return false; } };
  // data-ui: the search page's Pagefind script, which it loads at run time (served over http).
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data-ui'];
  const index: IndexedPage[] = [];
  for (const page of pages) {
    const file = path.join(target, page);
    const doc = parseHtml(readFileSync(file, 'utf8'));
    const convert = (url: string) => portableUrl(url, page, base, isDirectory);
    for (const el of elements(doc)) {
      for (const name of URL_ATTRIBUTES) {
        const value = attr(el, name);
        if (value !== undefined && !isExternal(value)) setAttr(el, name, convert(value));
      }
      const srcset = attr(el, 'srcset');
      if (srcset) setAttr(el, 'srcset', portableSrcset(srcset, (u) => (isExternal(u) ? u : convert(u))));
    }
    for (const link of byTag(doc, 'link').filter((l) => ['manifest', 'modulepreload'].includes(attr(l, 'rel') ?? ''))) removeElement(link);
    for (const el of elements(doc).filter((e) => attr(e, 'data-omit-portable') !== undefined)) removeElement(el);
    for (const script of byTag(doc, 'script').filter((s) => textIs(s, offlineScript))) removeElement(script);
    const runtime = byTag(doc, 'script').find((s) => textIs(s, classicRuntime(`${base}_astro/`)));
    if (runtime) replaceText(runtime, classicRuntime(assetBase(page)));
    setAttr(byTag(doc, 'html')[0], 'data-root', rootOf(page));
    const csp = byTag(headOf(doc), 'meta').find((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy')!;
    insertAfter(csp, createElement('script', {}, portableLinks(base)));
    rehashScripts(doc);
    writeFileSync(file, serializeHtml(doc));
    const indexed = indexedPage(doc, page);
    if (indexed) index.push(indexed);
  }
  writeFileSync(path.join(target, 'search-index.js'), `window.__K8S_SEARCH_INDEX__=${JSON.stringify(index)};\n`);

  // 4. Module chunks: every page now loads classic bundles only.
  for (const rel of files(path.join(target, '_astro'))) if (rel.endsWith('.js') && !rel.includes('.classic.')) rmSync(path.join(target, '_astro', rel));

  writeFileSync(path.join(target, 'README.txt'), readFileSync(new URL('./portable-readme.txt', import.meta.url), 'utf8'));
  cpSync(new URL('./portable-serve.mjs', import.meta.url), path.join(target, 'serve.mjs'));
  const archive = zip(files(target).map((rel) => ({ name: `${TOP}/${rel}`, data: readFileSync(path.join(target, rel)) })));
  writeFileSync(`${target}.zip`, archive);
  // Offered for download by the served site itself (/host/); the copy leaves it out, so it never holds itself.
  writeFileSync(path.join(source, portableZipPath), archive);
  return { pages: pages.length, searchable: index.length, zipBytes: archive.length, folder: target };
}

function textIs(el: Element, text: string): boolean {
  return el.childNodes.length === 1 && 'value' in el.childNodes[0] && el.childNodes[0].value === text;
}
function replaceText(el: Element, text: string): void {
  (el.childNodes[0] as { value: string }).value = text;
}

/** The page's searchable text, as Pagefind would index it: the parts marked data-pagefind-body, minus scripts and ignored parts. */
function indexedPage(doc: Document, page: string): IndexedPage | null {
  const bodies = elements(doc).filter((el) => attr(el, 'data-pagefind-body') !== undefined);
  if (bodies.length === 0) return null;
  const parts: string[] = [];
  const visit = (node: Element) => {
    if (['script', 'style', 'template', 'noscript', 'svg'].includes(node.tagName) || attr(node, 'data-pagefind-ignore') !== undefined) return;
    for (const child of node.childNodes) {
      if ('tagName' in child) visit(child);
      else if (child.nodeName === '#text' && 'value' in child) parts.push(child.value);
    }
  };
  bodies.forEach(visit);
  const h1 = byTag(doc, 'h1')[0];
  const title = h1 ? collectText(h1) : page;
  return { url: page, title, text: parts.join(' ').replace(/\s+/g, ' ').trim() };
}
function collectText(el: Element): string {
  return el.childNodes.map((c) => ('tagName' in c ? collectText(c) : 'value' in c ? c.value : '')).join('').replace(/\s+/g, ' ').trim();
}
