import { z } from 'astro/zod';
import { ISO_DATE } from '../models/shared/dates.ts';
import { patternIds } from '../models/shared/patterns.ts';
import { keysOf, nowStatuses, talkLists, thenStatuses, toolCategories } from '../models/shared/tool-vocabulary.ts';

const isoDate = z.string().regex(ISO_DATE, 'use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

/** A status with the date it took effect (or was last confirmed) and the id of the source that backs it. */
const datedStatus = <T extends [string, ...string[]]>(statuses: T) => z.object({
  status: z.enum(statuses, { error: `one of ${statuses.join(', ')}` }),
  date: isoDate,
  source: z.string().min(1, 'the id of a source in content/data/sources.yaml'),
  note: z.string().optional(),
}).strict();

/** A home page: https, with no query or fragment, so no tracking parameters slip in. */
const homePage = z.url({ protocol: /^https$/, error: 'an https address' })
  .refine((url) => { const u = new URL(url); return u.search === '' && u.hash === ''; }, 'no query or fragment (no tracking parameters)');

/** One tool of the directory (content/data/tools.yaml), keyed by its slug; checks across tools live in models/tools/check.ts. */
export const toolSchema = z.object({
  name: z.string().min(2, 'the tool\'s name'),
  category: z.enum(keysOf(toolCategories), { error: `a category: one of ${Object.keys(toolCategories).join(', ')}` }),
  description: z.string().min(20, 'one sentence of 20 to 160 characters').max(160, 'one sentence of 20 to 160 characters'),
  patterns: z.array(z.enum(patternIds, { error: `a pattern id: one of ${patternIds.join(', ')}` })),
  speaksOpenStackApi: z.boolean(),
  talk: z.enum(keysOf(talkLists)).optional(),
  then: datedStatus(keysOf(thenStatuses)),
  now: datedStatus(keysOf(nowStatuses)),
  successor: z.string().optional(),
  home: homePage,
}).strict().refine((t) => t.now.status !== 'renamed' || !!t.successor, { message: 'a renamed tool names its successor', path: ['successor'] });

/** A tool as the site uses it: the entry's data and its slug (the key in tools.yaml). */
export type Tool = z.output<typeof toolSchema> & { slug: string };
/** A tool's status at one moment, as the schema reads it. */
export type DatedStatus = Tool['then'] | Tool['now'];

/** What the pattern picker says about a pattern (content/data/patterns.yaml), keyed by pattern id. */
export const patternSummarySchema = z.object({
  fits: z.string().min(20, 'when the pattern fits, in a sentence or two'),
  tradeoffs: z.array(z.string().min(10, 'a trade-off in a sentence')).min(2, 'at least two trade-offs'),
  source: z.string().min(1, 'the id of a source in content/data/sources.yaml'),
}).strict();
