import { z } from 'astro/zod';

/** A cited source (content/data/sources.yaml): chapters, calculators and the references page draw from here. */
export const sourceSchema = z.object({
  title: z.string().min(3, 'the title of the page or document'),
  /** Label for inline citations where the full title would swamp the sentence. */
  short: z.string().optional(),
  url: z.url({ error: 'a full address, such as https://kubernetes.io/docs/...' }),
  publisher: z.string().min(2, 'who published it (the references page groups by publisher)'),
  note: z.string().optional(),
}).strict();
export type SourceData = z.output<typeof sourceSchema>;

/** A glossary term (content/data/glossary.yaml); chapters link a term's first use to guide/glossary/#<id>. */
export const glossarySchema = z.object({
  term: z.string().min(1, 'the term as it is written'),
  definition: z.string().min(20, 'a definition of at least 20 characters'),
  source: z.string().optional(),
}).strict();
