import type { Fields } from '../models/shared/fields.ts';
import type { SourceLinks } from '../models/shared/sources.ts';
import { sourceById } from './sources.ts';

/** Resolves source ids to titles and addresses at build time, for an island's props; unknown ids fail the build. */
export async function sourceLinks(ids: Iterable<string | undefined>): Promise<SourceLinks> {
  const unique = [...new Set([...ids].filter((id): id is string => !!id))];
  const entries = await Promise.all(unique.map(async (id) => {
    const s = await sourceById(id);
    return [id, { title: s.short ?? s.title, url: s.url }] as const;
  }));
  return Object.fromEntries(entries);
}

/** The sources that a calculator's field defaults cite, resolved. */
export const fieldSourceLinks = (fields: Fields) => sourceLinks(Object.values(fields).map((f) => f.source));
