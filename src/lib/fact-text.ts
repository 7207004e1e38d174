import { formatDate } from '../models/shared/dates.ts';
import type { Fact } from '../schemas/facts.ts';

/** What the fact helpers read of a tool (content/data/tools.yaml): the dates of its two statuses. */
export interface ToolDates { then: { date: string }; now: { date: string } }

/** How much of a date to show. */
export type Precision = 'day' | 'month' | 'year';

/** An ISO date cut to a precision (never finer than it is): ('2019-08-16', 'year') -> '2019'. */
export function cut(iso: string, precision: Precision): string {
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

/** The month a `now` fact was last confirmed, in words: "September 2026". */
export const asOfWords = (fact: Pick<Fact, 'asOf'>): string => formatDate(cut(fact.asOf, 'month'));

/** The date of a fact: its own, or the `now` date of the tool whose status dates it; undefined when it has neither. */
export function factDate(fact: Pick<Fact, 'date' | 'tool'>, tools: ReadonlyMap<string, ToolDates>): string | undefined {
  if (fact.date) return fact.date;
  if (!fact.tool) return undefined;
  const tool = tools.get(fact.tool);
  if (!tool) throw new Error(`fact names tool "${fact.tool}", which is not in content/data/tools.yaml`);
  return tool.now.date;
}

/** A fact in running text: its value, and for a `now` fact the month it was confirmed, "v1.37 (as of September 2026)". */
export function factPhrase(fact: Pick<Fact, 'value' | 'kind' | 'asOf'>): string {
  return fact.kind === 'now' ? `${fact.value} (as of ${asOfWords(fact)})` : fact.value;
}

const TOKEN = /\{(fact|tool):([a-z0-9-]+)((?::[a-z]+)*)\}/g;
const precisions: readonly string[] = ['day', 'month', 'year'];

/**
 * Replaces the fact tokens in a data string (glossary definitions, tool notes, table cells, slides), so that data,
 * like chapters, states a dated fact only through its one home:
 * - `{fact:id}` the value, with "(as of Month YYYY)" for a `now` fact; `{fact:id:value}` the bare value;
 *   `{fact:id:date}` its date in words, `{fact:id:date:year}` (or `:month`) cut to that precision;
 * - `{tool:slug}` the date of the tool's `now` status in words, `{tool:slug:then}` of its May 2017 status, with
 *   `:year` or `:month` likewise.
 * An unknown id or modifier throws, naming the token, so a typo fails the build.
 */
export function expandTokens(text: string, facts: ReadonlyMap<string, Fact>, tools: ReadonlyMap<string, ToolDates>): string {
  return text.replace(TOKEN, (token, kind: string, id: string, rest: string) => {
    const mods = rest.split(':').filter(Boolean);
    const precision = (mods.find((m) => precisions.includes(m)) ?? 'day') as Precision;
    const unknown = (allowed: string[]) => mods.filter((m) => !allowed.includes(m) && !precisions.includes(m));
    if (kind === 'fact') {
      const fact = facts.get(id);
      if (!fact) throw new Error(`Unknown fact "${id}" in ${token}: add it to content/data/facts.yaml`);
      const bad = unknown(['value', 'date']);
      if (bad.length > 0) throw new Error(`Unknown modifier "${bad[0]}" in ${token}: use :value, :date, :month or :year`);
      if (!mods.includes('date') && mods.some((m) => precisions.includes(m))) throw new Error(`${token}: :month and :year go with :date`);
      if (mods.includes('date')) {
        const date = factDate(fact, tools);
        if (!date) throw new Error(`${token}: fact "${id}" has no date`);
        return formatDate(cut(date, precision));
      }
      return mods.includes('value') ? fact.value : factPhrase(fact);
    }
    const tool = tools.get(id);
    if (!tool) throw new Error(`Unknown tool "${id}" in ${token}: add it to content/data/tools.yaml`);
    const bad = unknown(['then', 'now']);
    if (bad.length > 0) throw new Error(`Unknown modifier "${bad[0]}" in ${token}: use :then, :now, :month or :year`);
    return formatDate(cut(mods.includes('then') ? tool.then.date : tool.now.date, precision));
  });
}
