import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { calculatorIds } from './calculator-ids.ts';
import { patternIds } from './components/diagrams/pattern-layouts.ts';
import { ISO_DATE } from './models/tools/dates.ts';
import { keysOf, nowStatuses, talkLists, thenStatuses, toolCategories } from './models/tools/vocabulary.ts';

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

/** A status with the date it took effect (or was last confirmed) and the id of the source that backs it. */
const datedStatus = <T extends [string, ...string[]]>(statuses: T) => z.object({
  status: z.enum(statuses),
  date: z.string().regex(ISO_DATE, 'use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
  source: z.string(),
  note: z.string().optional(),
}).strict();

/** The tooling directory (/tools/): one entry per tool, keyed by its slug; cross-entry checks in src/lib/tools.ts. */
const tools = defineCollection({
  loader: file('./content/data/tools.yaml'),
  schema: z.object({
    name: z.string().min(2),
    category: z.enum(keysOf(toolCategories)),
    description: z.string().min(20).max(160),
    patterns: z.array(z.enum(patternIds)),
    speaksOpenStackApi: z.boolean(),
    talk: z.enum(keysOf(talkLists)).optional(),
    then: datedStatus(keysOf(thenStatuses)),
    now: datedStatus(keysOf(nowStatuses)),
    successor: z.string().optional(),
    home: z.url({ protocol: /^https$/ }),
  }).strict(),
});

/** The four patterns as the pattern picker summarises them; keyed by pattern id. */
const patterns = defineCollection({
  loader: file('./content/data/patterns.yaml'),
  schema: z.object({
    title: z.string(),
    fits: z.string().min(20),
    tradeoffs: z.array(z.string().min(10)).min(2),
    source: z.string(),
  }).strict(),
});

/** The talk as a slide deck for /talk/present/: on-screen points, speaker notes, links into the guide. */
const slides = defineCollection({
  loader: file('./content/data/slides.yaml'),
  schema: z.object({
    id: z.string().regex(/^\d{2}$/, 'two digits: the slide order'),
    title: z.string(),
    points: z.array(z.string()).min(1).max(5),
    notes: z.string().min(10),
    chapter: z.string().optional(),
    calculator: z.enum(calculatorIds).optional(),
    pattern: z.enum(patternIds).optional(),
    since: z.object({ text: z.string(), source: z.string() }).strict().optional(),
  }).strict(),
});

export const collections = { guide, sources, glossary, calculators, tools, patterns, slides };
