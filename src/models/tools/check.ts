import { ISO_DATE } from './dates.ts';
import type { Tool } from './vocabulary.ts';

/**
 * Checks that span entries, which a per-entry schema cannot: successors exist, renamed tools name one,
 * dates are ISO dates, and home pages are plain https addresses with no query (so no tracking parameters).
 * Returns one message per problem (empty when the data is sound).
 */
export function toolProblems(tools: Tool[]): string[] {
  const slugs = new Set(tools.map((t) => t.slug));
  const problems: string[] = [];
  for (const t of tools) {
    const home = new URL(t.home);
    if (home.protocol !== 'https:') problems.push(`${t.slug}: home page must use https`);
    if (home.search !== '' || home.hash !== '') problems.push(`${t.slug}: home page must carry no query or fragment (no tracking parameters)`);
    if (t.successor && !slugs.has(t.successor)) problems.push(`${t.slug}: successor "${t.successor}" is not a tool`);
    if (t.successor === t.slug) problems.push(`${t.slug}: a tool cannot succeed itself`);
    if (t.now.status === 'renamed' && !t.successor) problems.push(`${t.slug}: a renamed tool needs its successor`);
    for (const when of ['then', 'now'] as const) if (!ISO_DATE.test(t[when].date)) problems.push(`${t.slug}: ${when}.date "${t[when].date}" is not an ISO date`);
  }
  if (slugs.size !== tools.length) problems.push('tool slugs must be unique');
  return problems;
}
