import { z } from 'astro/zod';
import { calculatorIds } from '../calculator-ids.ts';
import { patternIds } from '../models/shared/patterns.ts';

/** The guide's own pictures a slide can show, rendered by the same components as the chapters. */
export const slideFigures = ['architecture', 'quorum'] as const;

/**
 * One slide of the talk deck (content/data/slides.yaml): on-screen points, speaker notes, links into the guide, and
 * at most one picture: a figure from the guide, a pattern diagram, or a live calculator.
 */
export const slideSchema = z.object({
  id: z.string().regex(/^\d{2}$/, 'two digits: the slide order'),
  title: z.string().min(2, 'the slide\'s title'),
  points: z.array(z.string()).min(1, 'one to five points on screen').max(5, 'one to five points on screen'),
  notes: z.string().min(10, 'speaker notes of at least 10 characters'),
  chapter: z.string().optional(),
  calculator: z.enum(calculatorIds, { error: `a calculator id: one of ${calculatorIds.join(', ')}` }).optional(),
  figure: z.enum(slideFigures, { error: `a figure from the guide: one of ${slideFigures.join(', ')}` }).optional(),
  pattern: z.enum(patternIds, { error: `a pattern id: one of ${patternIds.join(', ')}` }).optional(),
  /** A calculator shown live on the slide: the speaker changes it, and the audience window follows. */
  live: z.enum(calculatorIds, { error: `a calculator id: one of ${calculatorIds.join(', ')}` }).optional(),
  since: z.object({ text: z.string(), source: z.string() }).strict().optional(),
}).strict().refine((s) => [s.figure, s.pattern, s.live].filter(Boolean).length <= 1, {
  message: 'one picture per slide: a figure, a pattern or a live calculator, not two', path: ['live'],
});
export type SlideData = z.output<typeof slideSchema>;
