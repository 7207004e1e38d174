/**
 * Search without a server: the portable build ships the pages' searchable text as a classic script
 * (search-index.js, window.__K8S_SEARCH_INDEX__), and this matches a query against it. Every word of the query must
 * appear; pages that hold the words in their title, or hold them more often, come first.
 */

/** One page of the index: its address relative to the site root, its title and its searchable text. */
export interface IndexedPage { url: string; title: string; text: string }

/** A hit: the page, and an excerpt around the first match, split so the matched word can be marked. */
export interface Hit { page: IndexedPage; excerpt: { before: string; match: string; after: string } }

const EXCERPT = 80;
const words = (query: string) => query.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
const count = (text: string, word: string) => text.split(word).length - 1;

/** The pages that hold every word of the query, best first, at most `limit`. */
export function searchPages(pages: readonly IndexedPage[], query: string, limit = 20): Hit[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  return pages
    .map((page) => {
      const title = page.title.toLowerCase();
      const text = page.text.toLowerCase();
      if (!terms.every((t) => text.includes(t) || title.includes(t))) return null;
      const score = terms.reduce((sum, t) => sum + 10 * count(title, t) + Math.min(count(text, t), 20), 0);
      return { page, score, at: text.indexOf(terms[0]), length: terms[0].length };
    })
    .filter((hit): hit is NonNullable<typeof hit> => hit !== null)
    .sort((a, b) => b.score - a.score || a.page.title.localeCompare(b.page.title))
    .slice(0, limit)
    .map(({ page, at, length }) => ({ page, excerpt: excerptAt(page.text, at, length) }));
}

function excerptAt(text: string, at: number, length: number): Hit['excerpt'] {
  if (at < 0) return { before: text.slice(0, 2 * EXCERPT), match: '', after: '' };
  const start = Math.max(0, at - EXCERPT);
  const end = Math.min(text.length, at + length + EXCERPT);
  return {
    before: `${start > 0 ? '… ' : ''}${text.slice(start, at)}`,
    match: text.slice(at, at + length),
    after: `${text.slice(at + length, end)}${end < text.length ? ' …' : ''}`,
  };
}
