import { getCollection } from 'astro:content';
import type { Fact } from '../schemas/facts.ts';
import { expandTokens, type ToolDates } from './fact-text.ts';
import { sourceById } from './sources.ts';

/** Every fact of content/data/facts.yaml by id; a fact naming an unknown source or tool fails the build. */
export async function loadFacts(): Promise<Map<string, Fact>> {
  const [entries, tools] = await Promise.all([getCollection('facts'), toolDates()]);
  const facts = new Map(entries.map(({ id, data }): [string, Fact] => [id, { id, ...data }]));
  for (const fact of facts.values()) {
    await sourceById(fact.source);
    if (fact.tool && !tools.has(fact.tool)) throw new Error(`content/data/facts.yaml: ${fact.id} names tool "${fact.tool}", which is not in tools.yaml`);
  }
  return facts;
}

/** One fact by id; an unknown id fails the build with its name. */
export async function factById(id: string): Promise<Fact> {
  const fact = (await loadFacts()).get(id);
  if (!fact) throw new Error(`Unknown fact "${id}": add it to content/data/facts.yaml`);
  return fact;
}

/** The dates of every tool's two statuses, by slug, as content/data/tools.yaml has them. */
export async function toolDates(): Promise<Map<string, ToolDates>> {
  return new Map((await getCollection('tools')).map(({ id, data }) => [id, { then: data.then, now: data.now }]));
}

/** A data string with its {fact:...} and {tool:...} tokens replaced (see expandTokens); unknown ids fail the build. */
export async function expandFacts(text: string): Promise<string> {
  return expandTokens(text, await loadFacts(), await toolDates());
}

/** The same for many strings at once, loading the data once. */
export async function factExpander(): Promise<(text: string) => string> {
  const [facts, tools] = await Promise.all([loadFacts(), toolDates()]);
  return (text) => expandTokens(text, facts, tools);
}
