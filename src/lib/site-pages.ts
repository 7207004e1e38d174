import { calculators } from '../calculators.ts';
import { chapterRoute, chaptersInOrder } from './chapters.ts';

/** Every page a search engine should list, as site-relative routes (embeds are left out: they duplicate calculator pages). */
export async function sitePages(): Promise<string[]> {
  const chapters = await chaptersInOrder();
  return [
    '',
    'talk/',
    'talk/present/',
    'tools/',
    ...chapters.map(chapterRoute),
    ...(calculators.length > 0 ? ['calculators/'] : []),
    ...calculators.map((c) => `calculators/${c.id}/`),
  ];
}
