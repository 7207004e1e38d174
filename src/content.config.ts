import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { calculatorPageSchema, chapterSchema } from './schemas/guide.ts';
import { comparisonSchema, factSchema } from './schemas/facts.ts';
import { glossarySchema, sourceSchema } from './schemas/references.ts';
import { slideSchema } from './schemas/slides.ts';
import { patternSummarySchema, toolSchema } from './schemas/tools.ts';

// The schemas live in src/schemas/ (plain modules, unit-tested with node --test); this file only wires them to files.
export const collections = {
  /** Guide chapters: one MDX file per chapter, ordered by `order`. */
  guide: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/guide' }), schema: chapterSchema }),
  /** Every source the site cites. */
  sources: defineCollection({ loader: file('./content/data/sources.yaml'), schema: sourceSchema }),
  glossary: defineCollection({ loader: file('./content/data/glossary.yaml'), schema: glossarySchema }),
  /** Explanations shown on each calculator's own page; one MDX file per calculator id. */
  calculators: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/calculators' }), schema: calculatorPageSchema }),
  /** The tooling directory (/tools/); cross-entry checks in src/models/tools/check.ts. */
  tools: defineCollection({ loader: file('./content/data/tools.yaml'), schema: toolSchema }),
  patterns: defineCollection({ loader: file('./content/data/patterns.yaml'), schema: patternSummarySchema }),
  /** Versions, releases and maturity levels the pages state, each once with its source and the day it was confirmed. */
  facts: defineCollection({ loader: file('./content/data/facts.yaml'), schema: factSchema }),
  /** Comparison tables; `containers-or-vms` is shown in the chapters why-kubernetes and stateful-stateless. */
  comparisons: defineCollection({ loader: file('./content/data/comparisons.yaml'), schema: comparisonSchema }),
  /** The talk as a slide deck for /talk/present/. */
  slides: defineCollection({ loader: file('./content/data/slides.yaml'), schema: slideSchema }),
};
