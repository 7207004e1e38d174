import { getCollection } from 'astro:content';
import { patternIds, type PatternId } from '../models/shared/patterns.ts';
import { toolProblems } from '../models/tools/check.ts';
import type { Tool } from '../schemas/tools.ts';
import { factExpander } from './facts.ts';

/**
 * Every tool of content/data/tools.yaml, in file order (the talk's order for its own tools), with the fact tokens in
 * its notes expanded (src/lib/fact-text.ts); data that fails the cross-entry checks fails the build.
 */
export async function loadTools(): Promise<Tool[]> {
  const expand = await factExpander();
  const note = <S extends Tool['then'] | Tool['now']>(status: S): S => (status.note ? { ...status, note: expand(status.note) } : status);
  const tools = (await getCollection('tools')).map(({ id, data }): Tool => ({ slug: id, ...data, then: note(data.then), now: note(data.now) }));
  const problems = toolProblems(tools);
  if (problems.length > 0) throw new Error(`content/data/tools.yaml:\n- ${problems.join('\n- ')}`);
  return tools;
}

/** What the pattern picker says about each pattern (content/data/patterns.yaml); every pattern id must have an entry. */
export async function loadPatternSummaries() {
  const entries = await getCollection('patterns');
  const missing = patternIds.filter((id) => !entries.some((e) => e.id === id));
  const unknown = entries.filter((e) => !patternIds.includes(e.id as PatternId));
  if (missing.length > 0 || unknown.length > 0) throw new Error(`content/data/patterns.yaml: missing ${missing.join(', ') || 'none'}; unknown ${unknown.map((e) => e.id).join(', ') || 'none'}`);
  const expand = await factExpander();
  return Object.fromEntries(entries.map((e) => [e.id, { ...e.data, fits: expand(e.data.fits), tradeoffs: e.data.tradeoffs.map(expand) }])) as Record<PatternId, (typeof entries)[number]['data']>;
}
