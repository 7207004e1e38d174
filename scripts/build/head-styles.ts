/**
 * Astro writes its island style (`astro-island,astro-slot,astro-static-slot{display:contents}`) just before the first
 * island of a page, inside <body>, where HTML permits no <style> (html-validate's standard preset says so, rightly).
 * This step moves every <style> found in a page's body to the end of its <head>, in order. A style's text, and so
 * its CSP hash in the page's meta, does not change, and a style in the head applies before any island is painted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { append, byTag, headOf, parseHtml, removeElement, serializeHtml } from './html.ts';

/** The page with every <style> of its body moved into its head; the same text when there is none to move. */
export function stylesToHead(source: string): string {
  const doc = parseHtml(source);
  const body = byTag(doc, 'body')[0];
  const styles = body ? byTag(body, 'style') : [];
  if (styles.length === 0) return source;
  const head = headOf(doc);
  for (const style of styles) {
    removeElement(style);
    append(head, style);
  }
  return serializeHtml(doc);
}

/** Rewrites the given pages (relative to outDir) in place; returns how many changed. */
export function moveStylesToHead(outDir: string, pages: readonly string[]): number {
  let changed = 0;
  for (const page of pages) {
    const file = path.join(outDir, page);
    const before = readFileSync(file, 'utf8');
    const after = stylesToHead(before);
    if (after !== before) { writeFileSync(file, after); changed++; }
  }
  return changed;
}
