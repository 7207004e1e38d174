import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterPath } from './routes.ts';

/** A guide chapter as stored in the content collection. */
export type Chapter = CollectionEntry<'guide'>;

/** Every chapter in reading order (front matter `order`). Build-time only: reads the content collection. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  return (await getCollection('guide')).sort((a, b) => a.data.order - b.data.order);
}

/** Route of a chapter: guide/<slug>/, where the slug is the file name without its NN- prefix. */
export function chapterRoute(chapter: Chapter): string {
  return chapterPath(chapterSlug(chapter));
}

/** The public slug of a chapter ("01-why-kubernetes" -> "why-kubernetes"). */
export function chapterSlug(chapter: Chapter): string {
  return chapter.id.replace(/^\d+-/, '');
}
