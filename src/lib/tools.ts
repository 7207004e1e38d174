import { getCollection } from 'astro:content';
import { patternIds, type PatternId } from '../models/shared/patterns.ts';
import { toolProblems } from '../models/tools/check.ts';
import type { Tool } from '../schemas/tools.ts';

/** Every tool of content/data/tools.yaml, in file order (the talk's order for its own tools); data that fails the cross-entry checks fails the build. */
export async function loadTools(): Promise<Tool[]> {
  const tools = (await getCollection('tools')).map(({ id, data }): Tool => ({ slug: id, ...data }));
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
  return Object.fromEntries(entries.map((e) => [e.id, e.data])) as Record<PatternId, (typeof entries)[number]['data']>;
}
