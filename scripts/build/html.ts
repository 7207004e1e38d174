/**
 * The few HTML operations the post-build steps need, over parse5's tree and tree adapter (a spec-compliant parser, so
 * the steps never depend on how Astro happens to quote, order or escape attributes).
 */
import { defaultTreeAdapter as tree, html, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

export type Document = DefaultTreeAdapterMap['document'];
export type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export const parseHtml = (source: string): Document => parse(source);
export const serializeHtml = (doc: Document): string => serialize(doc);

/** Every element under a node, in document order (template contents included). */
export function elements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    const children = tree.isElementNode(node) && node.tagName === 'template' ? tree.getTemplateContent(node as DefaultTreeAdapterMap['template']).childNodes : node.childNodes;
    for (const child of children) {
      if (!tree.isElementNode(child)) continue;
      out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** Elements of one tag name, in document order. */
export const byTag = (root: ParentNode, tag: string) => elements(root).filter((e) => e.tagName === tag);

export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

export function setAttr(el: Element, name: string, value: string): void {
  const found = el.attrs.find((a) => a.name === name);
  if (found) found.value = value;
  else el.attrs.push({ name, value });
}

export function removeAttr(el: Element, name: string): void {
  el.attrs = el.attrs.filter((a) => a.name !== name);
}

/** The text of an element's own text children: a script's code, a title. */
export const textOf = (el: Element): string => el.childNodes.map((n) => (tree.isTextNode(n) ? n.value : '')).join('');

/** A new HTML element with attributes and, optionally, text (a script's code). */
export function createElement(tag: string, attrs: Record<string, string>, text?: string): Element {
  const el = tree.createElement(tag, html.NS.HTML, Object.entries(attrs).map(([name, value]) => ({ name, value })));
  if (text !== undefined) tree.insertText(el, text);
  return el;
}

/** Puts `next` where `old` was. */
export function replaceElement(old: Element, next: Element): void {
  tree.insertBefore(old.parentNode!, next, old);
  tree.detachNode(old);
}

/** Inserts `next` just after `anchor`. */
export function insertAfter(anchor: Element, next: Element): void {
  const parent = anchor.parentNode!;
  const after = parent.childNodes[parent.childNodes.indexOf(anchor) + 1];
  if (after) tree.insertBefore(parent, next, after);
  else tree.appendChild(parent, next);
}

/** Inserts `child` as the first child of `parent`. */
export function prepend(parent: Element, child: Element): void {
  const first = parent.childNodes[0];
  if (first) tree.insertBefore(parent, child, first);
  else tree.appendChild(parent, child);
}

export const append = (parent: Element, child: Element) => tree.appendChild(parent, child);
export const removeElement = (el: Element) => tree.detachNode(el);

/** The document's <head>. */
export function headOf(doc: Document): Element {
  const head = byTag(doc, 'head')[0];
  if (!head) throw new Error('page has no <head>');
  return head;
}
