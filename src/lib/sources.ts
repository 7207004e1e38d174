import { getEntry } from 'astro:content';

/** A cited source by id from content/data/sources.yaml; an unknown id fails the build with its name. */
export async function sourceById(id: string) {
  const entry = await getEntry('sources', id);
  if (!entry) throw new Error(`Unknown source id "${id}": add it to content/data/sources.yaml`);
  return { id, ...entry.data };
}
