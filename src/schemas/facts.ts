import { z } from 'astro/zod';
import { ISO_DATE } from '../models/shared/dates.ts';
import { factKinds } from '../models/shared/facts.ts';

const isoDate = z.string().regex(ISO_DATE, 'use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the day the value was last confirmed, as YYYY-MM-DD');

/** A pattern that finds a hard-coded copy of the fact in a chapter; it must compile as a regular expression. */
const pattern = z.string().min(2, 'a regular expression').refine((source) => {
  try { new RegExp(source, 'u'); return true; } catch { return false; }
}, 'a valid regular expression (escape dots as \\.)');

/**
 * One fact that chapters and data render instead of repeating (content/data/facts.yaml), keyed by its id.
 * `now` facts are states that age (the latest release, what is scheduled); `history` facts are dated events.
 */
export const factSchema = z.object({
  value: z.string().min(1, 'the text a page shows, such as v1.37 or 2026.1 Gazpacho'),
  kind: z.enum(factKinds, { error: `one of ${factKinds.join(', ')}: a state that ages, or a dated event` }),
  /** When the event happened or is scheduled (a release, a removal); optional. */
  date: isoDate.optional(),
  /** The tool (content/data/tools.yaml) whose `now` status dates this fact, instead of a date of its own. */
  tool: z.string().min(1, 'a tool slug from content/data/tools.yaml').optional(),
  asOf: isoDay,
  source: z.string().min(1, 'the id of a source in content/data/sources.yaml'),
  /** What the fact says, for the reader of the data and the freshness report. */
  about: z.string().min(10, 'what the fact says, in a sentence'),
  /** Patterns that find a hard-coded copy in a chapter, when the value alone is ambiguous (default: the value). */
  match: z.array(pattern).min(1, 'at least one pattern, or leave match out').optional(),
}).strict()
  .refine((f) => !(f.date && f.tool), { message: 'a date or a tool whose status dates the fact, not both (one home per date)', path: ['tool'] })
  .refine((f) => f.date === undefined || f.kind === 'now' || f.date <= f.asOf,
    { message: 'a history fact happened on or before the day it was confirmed', path: ['date'] });

/** A fact as the site uses it: the entry's data and its id (the key in facts.yaml). */
export type Fact = z.output<typeof factSchema> & { id: string };

/** A source cited by a table row: its id, or its id and a short label for a narrow cell. */
const citedSource = z.union([
  z.string().min(1, 'the id of a source in content/data/sources.yaml'),
  z.object({ id: z.string().min(1, 'the id of a source in content/data/sources.yaml'), label: z.string().min(3, 'a short label for the link') }).strict(),
]);

/** One row of the table that compares containers and virtual machines. */
export const comparisonRowSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case id for the row (data-criterion)'),
  criterion: z.string().min(3, 'the criterion, in a few words'),
  containers: z.string().min(20, 'when this criterion favours containers, in a sentence'),
  vms: z.string().min(20, 'when this criterion favours virtual machines, in a sentence'),
  openstack: z.string().min(20, 'what it means on OpenStack, in a sentence'),
  sources: z.array(citedSource).min(1, 'at least one source id from content/data/sources.yaml'),
}).strict();
export type ComparisonRow = z.output<typeof comparisonRowSchema>;

/** A comparison table (content/data/comparisons.yaml), keyed by its id; rows in the order the page shows them. */
export const comparisonSchema = z.object({
  rows: z.array(comparisonRowSchema).min(3, 'at least three criteria'),
}).strict().refine((t) => new Set(t.rows.map((r) => r.id)).size === t.rows.length, { message: 'each row id once', path: ['rows'] });

/** The id of a cited source, however the row gives it. */
export const citedId = (s: ComparisonRow['sources'][number]) => (typeof s === 'string' ? s : s.id);
