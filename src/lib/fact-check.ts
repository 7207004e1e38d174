import { formatDate } from '../models/shared/dates.ts';
import type { Fact } from '../schemas/facts.ts';
import type { ToolDates } from './fact-text.ts';

/** Something a page must not write by hand, and what to write instead. */
export interface Needle { pattern: RegExp; home: string; use: string }

/** One hand-written copy of a fact or a tool's date: where it is and what to use instead. */
export interface Finding { file: string; line: number; found: string; homes: string[]; use: string[] }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for a fact's value as a page would write it: a leading "v" optional on version numbers, and no letter,
 * digit or dot around it, so "v1.37" finds "1.37" and "Kubernetes v1.37." but not "1.370" or "11.37".
 */
export function valuePattern(value: string): RegExp {
  const bare = value.replace(/^v(?=\d)/, '');
  const lead = /^\d/.test(bare) ? 'v?' : '';
  return new RegExp(`(?<![\\w.])${lead}${escape(bare)}(?![\\w]|\\.\\d)`, 'u');
}

/** The ways a page writes a day ("2019-08-16"): "16 August 2019", "August 16, 2019" and the ISO form. */
export function dayPatterns(iso: string): RegExp[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return [];
  const [year, month, day] = iso.split('-');
  const monthName = formatDate(`${year}-${month}`).split(' ')[0];
  const d = String(Number(day));
  return [`(?<!\\d)${d} ${monthName},? ${year}\\b`, `\\b${monthName} ${d}, ${year}\\b`, `\\b${iso}\\b`].map((p) => new RegExp(p, 'u'));
}

/**
 * Everything that has a home in the data: each fact's value (or its own `match` patterns) and day, and the day of
 * every tool status. Dates of month or year precision are not searched for: "May 2017" is the talk's date on every
 * page, and a bare year says too little to tell one fact from another.
 */
export function needles(facts: Iterable<Fact>, tools: ReadonlyMap<string, ToolDates>): Needle[] {
  const out: Needle[] = [];
  for (const f of facts) {
    const patterns = f.match ? f.match.map((m) => new RegExp(m, 'u')) : [valuePattern(f.value)];
    for (const pattern of patterns) out.push({ pattern, home: `fact ${f.id}`, use: `<Fact id="${f.id}" /> or {fact:${f.id}}` });
    for (const pattern of dayPatterns(f.date ?? '')) out.push({ pattern, home: `fact ${f.id}`, use: `<Fact id="${f.id}" show="date" /> or {fact:${f.id}:date}` });
  }
  for (const [slug, t] of tools) {
    for (const at of ['then', 'now'] as const) {
      const tail = at === 'then' ? ' at="then"' : '';
      for (const pattern of dayPatterns(t[at].date)) out.push({ pattern, home: `tools.yaml ${slug}.${at}`, use: `<ToolDate tool="${slug}"${tail} /> or {tool:${slug}${at === 'then' ? ':then' : ''}}` });
    }
  }
  return out;
}

/** Data fields that are homes themselves, blanked before a line of YAML is searched. */
const HOME_FIELDS = /\b(date|asOf):\s*'[^']*'/g;

/** Every hand-written copy in one file's text, line by line; in YAML the status dates themselves are skipped. */
export function findHardCoded(file: string, text: string, all: readonly Needle[]): Finding[] {
  const yaml = /\.ya?ml$/.test(file);
  return text.split('\n').flatMap((raw, i) => {
    const line = yaml ? raw.replace(HOME_FIELDS, '') : raw;
    const hits = all.map((n) => ({ n, m: n.pattern.exec(line) })).filter((h) => h.m);
    if (hits.length === 0) return [];
    const byText = Map.groupBy(hits, (h) => h.m![0]);
    return [...byText].map(([found, hs]): Finding => ({
      file, line: i + 1, found, homes: [...new Set(hs.map((h) => h.n.home))], use: [...new Set(hs.map((h) => h.n.use))],
    }));
  });
}

/** One `now` fact or active tool status that nobody has confirmed for longer than the limit. */
export interface Stale { what: string; asOf: string; days: number }

const DAY_MS = 86_400_000;
/** The first day an ISO date of any precision can mean ("2026" is 1 January 2026), so the age errs on the long side. */
const firstDay = (iso: string) => Date.parse(`${iso}${iso.length === 4 ? '-01-01' : iso.length === 7 ? '-01' : ''}T00:00:00Z`);

/**
 * The `now` facts confirmed longer ago than `days` before `today`, and the active tools whose status date is that
 * old (an active status is a state that ages; removed, archived, retired and renamed are events). A tool whose date
 * is that of its newest release, held by a `now` fact, is judged by that fact's asOf instead. Oldest first.
 */
export function staleNow(facts: Iterable<Fact>, tools: ReadonlyMap<string, ToolDates & { now: { status: string } }>, today: Date, days: number): Stale[] {
  const age = (iso: string) => Math.floor((today.getTime() - firstDay(iso)) / DAY_MS);
  const all = [...facts];
  const coveredByFact = new Set(all.filter((f) => f.kind === 'now' && f.tool).map((f) => f.tool));
  const out: Stale[] = [];
  for (const f of all) if (f.kind === 'now' && age(f.asOf) > days) out.push({ what: `fact ${f.id} (${f.value})`, asOf: f.asOf, days: age(f.asOf) });
  for (const [slug, t] of tools) {
    if (t.now.status === 'active' && !coveredByFact.has(slug) && age(t.now.date) > days) out.push({ what: `tools.yaml ${slug}.now (active)`, asOf: t.now.date, days: age(t.now.date) });
  }
  return out.sort((a, b) => b.days - a.days || a.what.localeCompare(b.what));
}
