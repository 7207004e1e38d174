/**
 * Post-build rewrite of /print/ (src/pages/print/index.astro), which renders every chapter on one page:
 * - ids prefixed per chapter ("<slug>--<id>"), and every reference to them (href="#...", for, aria-*), so anchors stay
 *   unique; ids inside SVG <defs> stay, since stylesheets refer to them;
 * - links to a chapter, or to a heading in one, point at that chapter's section on this page; other relative links,
 *   written for the chapter's own address, are made site-absolute;
 * - each chapter's headings one level down, under the chapter title;
 * - islands unwrapped into their server-rendered HTML (the calculators' worked examples, not hydrated, as named
 *   groups rather than forms), each with a link to the live calculator; their scripts removed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultTreeAdapter as tree } from 'parse5';
import { rehashScripts } from './csp.ts';
import { attr, byTag, createElement, elements, insertAfter, parseHtml, removeAttr, removeElement, serializeHtml, setAttr, textOf, type Document, type Element } from './html.ts';

const ID_REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'headers'];

/** Rewrites <outDir>/print/index.html; returns how many chapters and calculators it held. */
export function rewritePrintPage(outDir: string, base: string): { chapters: number; calculators: number } {
  const file = path.join(outDir, 'print', 'index.html');
  const doc = parseHtml(readFileSync(file, 'utf8'));
  const sections = elements(doc).filter((el) => attr(el, 'data-print-chapter') !== undefined);
  const idsBySlug = new Map<string, Set<string>>();

  for (const section of sections) {
    const slug = attr(section, 'data-print-chapter')!;
    const content = elements(section).find((el) => attr(el, 'data-print-content') !== undefined)!;
    const inDefs = new Set(byTag(content, 'defs').flatMap((d) => elements(d)));
    const ids = new Set<string>();
    for (const el of elements(content)) {
      const id = attr(el, 'id');
      if (id === undefined || inDefs.has(el)) continue;
      ids.add(id);
      setAttr(el, 'id', `${slug}--${id}`);
    }
    idsBySlug.set(slug, ids);
    for (const el of elements(content)) {
      for (const name of ID_REFERENCES) {
        const value = attr(el, name);
        if (value) setAttr(el, name, value.split(/\s+/).map((id) => (ids.has(id) ? `${slug}--${id}` : id)).join(' '));
      }
      const level = /^h([1-5])$/.exec(el.tagName)?.[1];
      if (level) { el.tagName = `h${Number(level) + 1}`; el.nodeName = el.tagName; }
    }
  }

  // Links: a chapter's relative links were written for its own address, so they are resolved against it; links into a
  // chapter (from anywhere on the page) then go to its section here, and every other site link becomes site-absolute.
  const chapterOf = (pathname: string) => /^guide\/([^/]+)\/$/.exec(pathname.slice(base.length))?.[1];
  for (const link of byTag(doc, 'a')) {
    const raw = attr(link, 'href');
    if (!raw) continue;
    const section = sections.find((s) => elements(s).includes(link));
    const from = section ? attr(section, 'data-print-chapter') : undefined;
    if (raw.startsWith('#')) {
      if (from && idsBySlug.get(from)!.has(raw.slice(1))) setAttr(link, 'href', `#${from}--${raw.slice(1)}`);
      continue;
    }
    const url = new URL(raw, `http://site${base}${from ? `guide/${from}/` : 'print/'}`);
    if (url.origin !== 'http://site') continue;
    const slug = chapterOf(url.pathname);
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (slug && idsBySlug.has(slug)) setAttr(link, 'href', fragment && idsBySlug.get(slug)!.has(fragment) ? `#${slug}--${fragment}` : `#${slug}`);
    else setAttr(link, 'href', `${url.pathname}${url.search}${url.hash}`);
  }

  // Islands: keep the server-rendered HTML, drop what would hydrate it, and point readers at the live calculator.
  let calculators = 0;
  for (const island of byTag(doc, 'astro-island')) {
    for (const template of byTag(island, 'template')) removeElement(template);
    const form = elements(island).find((el) => attr(el, 'data-calculator') !== undefined);
    unwrap(island);
    if (!form) continue;
    // A worked example is not a form to fill in: a group with the calculator's name instead of a form landmark.
    form.tagName = 'div'; form.nodeName = 'div';
    setAttr(form, 'role', 'group');
    calculators += 1;
    const id = attr(form, 'data-calculator')!;
    const note = createElement('p', { class: 'print-live' });
    const link = createElement('a', { href: `${base}calculators/${id}/` }, 'Use the live calculator');
    tree.appendChild(note, link);
    tree.insertText(note, ': what is printed here is its worked example, with the default inputs.');
    insertAfter(form, note);
  }
  for (const slot of byTag(doc, 'astro-slot')) unwrap(slot);
  uniqueLandmarks(doc, sections);
  for (const script of byTag(doc, 'script')) {
    const code = textOf(script);
    if (attr(script, 'type') === 'module' || code.includes('customElements.define("astro-island"') || code.includes('(self.Astro||(self.Astro={}))')) removeElement(script);
  }
  rehashScripts(doc);
  writeFileSync(file, serializeHtml(doc));
  return { chapters: sections.length, calculators };
}

/**
 * A calculator that two chapters show puts the same named landmarks (a section, a scrolling table region) on this
 * page twice: each repeated one gets its chapter's title in its name.
 */
function uniqueLandmarks(doc: Document, sections: Element[]): void {
  const byId = new Map(elements(doc).flatMap((el) => (attr(el, 'id') ? [[attr(el, 'id')!, el] as const] : [])));
  const nameOf = (el: Element) => attr(el, 'aria-label') ?? (attr(el, 'aria-labelledby') ?? '').split(/\s+/).map((id) => (byId.get(id) ? deepText(byId.get(id)!) : '')).join(' ').trim();
  const landmarks = elements(doc).filter((el) => (el.tagName === 'section' || attr(el, 'role') === 'region') && nameOf(el));
  const seen = new Map<string, number>();
  for (const el of landmarks) seen.set(nameOf(el), (seen.get(nameOf(el)) ?? 0) + 1);
  for (const el of landmarks) {
    const name = nameOf(el);
    const chapter = sections.find((s) => elements(s).includes(el));
    if ((seen.get(name) ?? 0) < 2 || !chapter) continue;
    setAttr(el, 'aria-label', `${name} (${deepText(byTag(chapter, 'h2')[0])})`);
    removeAttr(el, 'aria-labelledby');
  }
}

const deepText = (el: Element): string => el.childNodes.map((n) => (tree.isTextNode(n) ? n.value : 'tagName' in n ? deepText(n as Element) : '')).join('').replace(/\s+/g, ' ').trim();

/** Replaces an element by its children. */
function unwrap(el: Element): void {
  const parent = el.parentNode!;
  for (const child of [...el.childNodes]) tree.insertBefore(parent, child, el);
  tree.detachNode(el);
}
