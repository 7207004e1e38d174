import type { ChoiceField, Values } from '../shared/fields.ts';
import { patternIds, patterns, type PatternId } from '../shared/patterns.ts';
import { nowStatuses, toolCategories, type NowStatus, type ToolCategory } from '../shared/tool-vocabulary.ts';

const any = <T extends string>(label: string, table: Record<T, string>, all: string): ChoiceField<'' | T> => ({
  kind: 'choice', label, default: '',
  options: [{ value: '', label: all }, ...Object.entries<string>(table).map(([value, text]) => ({ value: value as T, label: text }))],
});

/** The directory's filters; the keys are the public URL parameters (?q=, ?category=, ?pattern=, ?status=). */
export const toolFilterFields = {
  q: { kind: 'text', label: 'Search by name', default: '', maxLength: 60 } as const,
  category: any<ToolCategory>('Category', toolCategories, 'All categories'),
  pattern: any<PatternId>('Pattern', Object.fromEntries(patternIds.map((id) => [id, patterns[id].name])) as Record<PatternId, string>, 'All patterns'),
  status: any<NowStatus>('Status now', nowStatuses, 'Any status'),
};
export type ToolFilterFields = typeof toolFilterFields;
export type ToolFilter = Values<ToolFilterFields>;

/** What the filters read of a tool (content/data/tools.yaml entries have more). */
export interface FilterableTool { slug: string; name: string; category: ToolCategory; patterns: readonly PatternId[]; now: { status: NowStatus } }

/** Whether a tool passes every filter; the search matches names and slugs, ignoring case. */
export function toolMatcher(f: ToolFilter): (tool: FilterableTool) => boolean {
  const q = f.q.toLowerCase();
  return (t) => (!f.category || t.category === f.category)
    && (!f.pattern || t.patterns.includes(f.pattern))
    && (!f.status || t.now.status === f.status)
    && (!q || t.name.toLowerCase().includes(q) || t.slug.includes(q));
}
