/**
 * The few HTML operations the post-build steps need, over parse5's tree (a spec-compliant parser, so the steps never
 * depend on how Astro happens to quote or order attributes).
 */
import { parse, serialize } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type Document = DefaultTreeAdapterMap['document'];
export type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

export const parseHtml = (html: string): Document => parse(html);
export const serializeHtml = (doc: Document): string => serialize(doc);

const isElement = (node: ChildNode | ParentNode): node is Element => 'tagName' in node;

/** Every element under a node, in document order. */
export function elements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    const children = node.nodeName === 'template' ? (node as unknown as { content: ParentNode }).content.childNodes : node.childNodes;
    for (const child of children) {
      if (!isElement(child)) continue;
      out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

export const byTag = (root: ParentNode, tag: string) => elements(root).filter((e) => e.tagName === tag);

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function setAttr(el: Element, name: string, value: string): void {
  const found = el.attrs.find((a) => a.name === name);
  if (found) found.value = value;
  else el.attrs.push({ name, value });
}

export function removeAttr(el: Element, name: string): void {
  el.attrs = el.attrs.filter((a) => a.name !== name);
}

/** The text of an element's direct text children (a script's code, a title). */
export function textOf(el: Element): string {
  return el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}

/** A new element with attributes and, optionally, one text child (the code of a script). */
export function createElement(tag: string, attrs: Record<string, string>, text?: string): Element {
  const el = { nodeName: tag, tagName: tag, attrs: Object.entries(attrs).map(([name, value]) => ({ name, value })), namespaceURI: 'http://www.w3.org/1999/xhtml', childNodes: [], parentNode: null } as unknown as Element;
  if (text !== undefined) el.childNodes.push({ nodeName: '#text', value: text, parentNode: el } as unknown as ChildNode);
  return el;
}

/** Replaces an element by another in its parent. */
export function replaceElement(old: Element, next: Element): void {
  const parent = old.parentNode!;
  parent.childNodes[parent.childNodes.indexOf(old)] = next;
  next.parentNode = parent;
}

/** Inserts an element just after another. */
export function insertAfter(anchor: Element, next: Element): void {
  const parent = anchor.parentNode!;
  parent.childNodes.splice(parent.childNodes.indexOf(anchor) + 1, 0, next);
  next.parentNode = parent;
}

/** Appends an element as the last child. */
export function append(parent: Element, child: Element): void {
  parent.childNodes.push(child);
  child.parentNode = parent;
}

/** Removes an element from the tree. */
export function removeElement(el: Element): void {
  const parent = el.parentNode!;
  parent.childNodes.splice(parent.childNodes.indexOf(el), 1);
}

/** The document's <head>. */
export function headOf(doc: Document): Element {
  const head = byTag(doc, 'head')[0];
  if (!head) throw new Error('page has no <head>');
  return head;
}
