import { z } from 'astro/zod';
import { calculatorIds } from '../calculator-ids.ts';
import { patternIds } from '../models/shared/patterns.ts';

/** One slide of the talk deck (content/data/slides.yaml): on-screen points, speaker notes, links into the guide. */
export const slideSchema = z.object({
  id: z.string().regex(/^\d{2}$/, 'two digits: the slide order'),
  title: z.string().min(2, 'the slide\'s title'),
  points: z.array(z.string()).min(1, 'one to five points on screen').max(5, 'one to five points on screen'),
  notes: z.string().min(10, 'speaker notes of at least 10 characters'),
  chapter: z.string().optional(),
  calculator: z.enum(calculatorIds).optional(),
  pattern: z.enum(patternIds).optional(),
  since: z.object({ text: z.string(), source: z.string() }).strict().optional(),
}).strict();
export type SlideData = z.output<typeof slideSchema>;
