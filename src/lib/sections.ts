/**
 * Wraps each second-level heading of a rendered chapter, and everything after it up to the next one, in
 * <section class="md-section">, which the browser may leave unlaid-out while it is off screen (content-visibility in
 * global.css): on a phone, laying out a whole chapter at load was most of its main-thread work. Only top-level
 * headings start a section (a calculator's own headings stay where they are); what comes before the first heading is
 * left as it is. Astro's MDX processor runs no rehype plugins, so this works on the HTML the chapter renders to.
 */
import { defaultTreeAdapter as tree, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

const SECTION_CLASS = 'md-section';

type Node = DefaultTreeAdapterMap['childNode'];

export function sectionsByHeading(html: string): string {
  const fragment = parseFragment(html);
  const nodes = [...fragment.childNodes];
  let section: DefaultTreeAdapterMap['element'] | null = null;
  for (const node of nodes) {
    if (tree.isElementNode(node) && node.tagName === 'h2') {
      section = tree.createElement('section', node.namespaceURI, [{ name: 'class', value: SECTION_CLASS }]);
      tree.insertBefore(fragment, section, node);
    }
    if (section) moveInto(section, node);
  }
  return serialize(fragment);
}

function moveInto(parent: DefaultTreeAdapterMap['element'], node: Node): void {
  tree.detachNode(node);
  tree.appendChild(parent, node);
}
