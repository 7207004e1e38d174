import { z } from 'astro/zod';
import { calculatorIds } from '../calculator-ids.ts';

/** Front matter of a guide chapter (content/guide/NN-slug.mdx). */
export const chapterSchema = z.object({
  title: z.string().min(3, 'a title of at least 3 characters'),
  description: z.string().min(20, 'one sentence of 20 to 200 characters for search engines and link previews').max(200, 'one sentence of 20 to 200 characters for search engines and link previews'),
  order: z.number({ error: 'a whole number: the position in the sidebar' }).int('a whole number: the position in the sidebar').positive('a whole number from 1: the position in the sidebar'),
  summary: z.string().min(20, 'two or three sentences shown as "In short"'),
  calculators: z.array(z.enum(calculatorIds, { error: `a calculator id: one of ${calculatorIds.join(', ')}` })).default([]),
}).strict();
export type ChapterData = z.output<typeof chapterSchema>;

/** Front matter of a calculator's explanation page (content/calculators/<id>.mdx). */
export const calculatorPageSchema = z.object({
  calculator: z.enum(calculatorIds, { error: `a calculator id: one of ${calculatorIds.join(', ')}` }),
}).strict();
