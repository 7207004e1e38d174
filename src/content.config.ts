import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { calculatorIds } from './calculator-ids.ts';

/** Guide chapters: one MDX file per chapter, ordered by `order`. */
const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guide' }),
  schema: z.object({
    title: z.string().min(3),
    description: z.string().min(20).max(200),
    order: z.number().int().positive(),
    summary: z.string().min(20),
    calculators: z.array(z.enum(calculatorIds)).default([]),
  }).strict(),
});

/** Every source the site cites: chapters, calculators and the references page draw from here. */
const sources = defineCollection({
  loader: file('./content/data/sources.yaml'),
  schema: z.object({
    title: z.string(),
    /** Label for inline citations where the full title would swamp the sentence. */
    short: z.string().optional(),
    url: z.url(),
    publisher: z.string(),
    note: z.string().optional(),
  }).strict(),
});

/** Glossary terms; chapters link each term's first use to guide/glossary/#<id>. */
const glossary = defineCollection({
  loader: file('./content/data/glossary.yaml'),
  schema: z.object({
    term: z.string(),
    definition: z.string().min(20),
    source: z.string().optional(),
  }).strict(),
});

/** Explanations shown on each calculator's own page; one MDX file per calculator id. */
const calculators = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/calculators' }),
  schema: z.object({ calculator: z.enum(calculatorIds) }).strict(),
});

export const collections = { guide, sources, glossary, calculators };
