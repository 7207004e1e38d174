import { patternIds, type PatternId } from '../../components/diagrams/pattern-layouts.ts';
import { parseFields, type ChoiceField, type Parsed } from '../shared/fields.ts';
import { nowStatuses, toolCategories, type NowStatus, type Tool, type ToolCategory } from './vocabulary.ts';

const any = <T extends string>(label: string, table: Record<T, string>, all: string): ChoiceField<'' | T> => ({
  kind: 'choice', label, default: '',
  options: [{ value: '', label: all }, ...Object.entries<string>(table).map(([value, text]) => ({ value: value as T, label: text }))],
});

/** Short names of the four patterns, for the filter (the diagrams' titles are sentences). */
export const patternNames: Record<PatternId, string> = {
  'tenant-clusters': 'Tenant clusters',
  'beside-openstack': 'Beside OpenStack',
  'bare-metal-gpu': 'Bare-metal GPU',
  'openstack-on-kubernetes': 'OpenStack on Kubernetes',
};

/** The directory's filters; the keys are the public URL parameters (?q=, ?category=, ?pattern=, ?status=). */
export const toolFilterFields = {
  q: { kind: 'text', label: 'Search by name', default: '', maxLength: 60 } as const,
  category: any<ToolCategory>('Category', toolCategories, 'All categories'),
  pattern: any<PatternId>('Pattern', Object.fromEntries(patternIds.map((id) => [id, patternNames[id]])) as Record<PatternId, string>, 'All patterns'),
  status: any<NowStatus>('Status now', nowStatuses, 'Any status'),
};
export type ToolFilterFields = typeof toolFilterFields;
export type ToolFilter = NonNullable<Parsed<ToolFilterFields>['input']>;

/** Parses the filters from URL parameters (or form text). */
export function parseToolFilter(params: Record<string, string>): Parsed<ToolFilterFields> {
  return parseFields(toolFilterFields, params);
}

/** The tools that pass every filter; the search matches names and slugs, ignoring case. */
export function filterTools(tools: Tool[], f: ToolFilter): Tool[] {
  const q = f.q.toLowerCase();
  return tools.filter((t) => (!f.category || t.category === f.category)
    && (!f.pattern || t.patterns.includes(f.pattern))
    && (!f.status || t.now.status === f.status)
    && (!q || t.name.toLowerCase().includes(q) || t.slug.includes(q)));
}
