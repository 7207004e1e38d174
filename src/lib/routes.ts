import type { CalculatorId } from '../calculator-ids.ts';
import type { PatternId } from '../models/shared/patterns.ts';

/**
 * Site-relative routes (DESIGN.md section 3), built in one place. They carry no base path: pass them through
 * href() (src/lib/paths.ts), which every internal link goes through.
 */

const withQuery = (path: string, query?: string | URLSearchParams) => {
  const q = query === undefined ? '' : String(query);
  return q ? `${path}?${q}` : path;
};
const withAnchor = (path: string, anchor?: string) => (anchor ? `${path}#${anchor}` : path);

/** A calculator's own page, optionally with inputs: calculators/ha-cluster/?tolerate=2. */
export const calculatorPath = (id: CalculatorId, query?: string | URLSearchParams) => withQuery(`calculators/${id}/`, query);
/** A calculator's embed page: embed/ha-cluster/. */
export const embedPath = (id: CalculatorId) => `embed/${id}/`;
/** A guide chapter, optionally at a heading: guide/architecture/#etcd. */
export const chapterPath = (slug: string, anchor?: string) => withAnchor(`guide/${slug}/`, anchor);
/** A glossary entry. */
export const glossaryPath = (term: string) => chapterPath('glossary', term);
/** A pattern's section in the OpenStack patterns chapter. */
export const patternAnchor = (id: PatternId) => chapterPath('openstack-patterns', id);
/** The tooling directory, optionally filtered or at one tool: tools/?pattern=bare-metal-gpu, tools/#kubespray. */
export const toolsPath = (options: { tool?: string; query?: string | URLSearchParams } = {}) => withAnchor(withQuery('tools/', options.query), options.tool);
/** The portable copy's zip, offered for download by the built site (written by scripts/build/portable.ts). */
export const portableZipPath = 'k8s-or-die.zip';
