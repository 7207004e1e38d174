/**
 * A page's own module scripts (not its islands) import shared chunks, which the browser finds only once the script
 * has arrived: one more round trip before the script can run (on the search page, before its search box appears).
 * This step lists, in each page's head, every chunk its module scripts import, directly or not, as
 * <link rel="modulepreload">, so they are fetched beside the script. It adds no bytes a page did not already load:
 * island chunks are left alone, as they load only on a reader's intent. The portable copy drops these links
 * (browsers refuse modules from disk).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { append, attr, byTag, createElement, headOf, parseHtml, serializeHtml } from './html.ts';

/** Static imports at any depth: `import"./a.js"`, `import{x as y}from"./b.js"`; never `import("./c.js")`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

/**
 * The addresses a module at `src` imports, directly or not, in the order first met. `read` gives a module's code by
 * its address, or undefined where there is no such file (an address is listed only if its file exists).
 */
export function importsOf(src: string, read: (address: string) => string | undefined): string[] {
  const found: string[] = [];
  const visit = (address: string) => {
    for (const [, spec] of (read(address) ?? '').matchAll(STATIC_IMPORT)) {
      const next = new URL(spec, `http://site${address}`).pathname;
      if (next === src || found.includes(next) || read(next) === undefined) continue;
      found.push(next);
      visit(next);
    }
  };
  visit(src);
  return found;
}

/** The page with a modulepreload link for each chunk its module scripts import; the same text when there is none. */
export function withModulePreloads(source: string, read: (address: string) => string | undefined): string {
  const doc = parseHtml(source);
  const scripts = byTag(doc, 'script').filter((s) => attr(s, 'type') === 'module' && attr(s, 'src'));
  const listed = new Set(byTag(doc, 'link').filter((l) => attr(l, 'rel') === 'modulepreload').map((l) => attr(l, 'href')));
  const own = new Set(scripts.map((s) => attr(s, 'src')));
  const chunks = [...new Set(scripts.flatMap((s) => importsOf(attr(s, 'src')!, read)))].filter((c) => !listed.has(c) && !own.has(c));
  if (chunks.length === 0) return source;
  const head = headOf(doc);
  for (const href of chunks) append(head, createElement('link', { rel: 'modulepreload', href }));
  return serializeHtml(doc);
}

/** Rewrites the given pages (relative to outDir, built for `base`) in place; returns how many changed. */
export function preloadModuleImports(outDir: string, base: string, pages: readonly string[]): number {
  const read = (address: string) => {
    if (!address.startsWith(base)) return undefined;
    const file = path.join(outDir, address.slice(base.length));
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  let changed = 0;
  for (const page of pages) {
    const file = path.join(outDir, page);
    const before = readFileSync(file, 'utf8');
    const after = withModulePreloads(before, read);
    if (after !== before) { writeFileSync(file, after); changed++; }
  }
  return changed;
}
