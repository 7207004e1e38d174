import { calculatorIds } from '../calculator-ids.ts';
import { chapterRoute, chaptersInOrder } from './chapters.ts';
import { calculatorPath } from './routes.ts';

/**
 * Every page a search engine should list, as site-relative routes (embeds are left out: they duplicate calculator
 * pages). The printable guide is listed, though site search leaves it out (it repeats every chapter).
 */
export async function sitePages(): Promise<string[]> {
  const chapters = await chaptersInOrder();
  return ['', 'talk/', 'talk/present/', 'host/', 'print/', 'tools/', ...chapters.map(chapterRoute), 'calculators/', ...calculatorIds.map((id) => calculatorPath(id))];
}
