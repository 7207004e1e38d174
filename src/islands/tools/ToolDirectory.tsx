import { useId, useMemo } from 'preact/hooks';
import { filterTools, parseToolFilter, toolFilterFields } from '../../models/tools/filter.ts';
import type { Tool } from '../../models/tools/vocabulary.ts';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { plural } from '../shared/format.ts';
import type { SourceLinks } from '../shared/sources.ts';
import { StaleNote } from '../shared/StaleNote.tsx';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { ToolCard } from './ToolCard.tsx';

interface Props {
  tools: Tool[];
  sources: SourceLinks;
  /** Base-aware addresses of the directory and the guide. */
  toolsHref: string;
  guideHref: string;
}

const CLEAR = { q: '', category: '', pattern: '', status: '' };

/** The tooling directory: filters kept in the URL, a live count, and every tool that passes them. */
export default function ToolDirectory({ tools, sources, toolsHref, guideHref }: Props) {
  const uid = useId();
  const state = useCalculatorState('tools', toolFilterFields, parseToolFilter);
  const shown = useMemo(() => filterTools(tools, state.input), [tools, state.input]);
  const names = Object.fromEntries(tools.map((t) => [t.slug, t.name]));

  return (
    <div class="tool-directory" data-stale={String(state.stale)}>
      <form class="tool-filters" role="search" aria-label="Filter the tools" onSubmit={(e) => e.preventDefault()}>
        <FieldGroup legend="Filter the tools" keys={['q', 'category', 'pattern', 'status']} fields={toolFilterFields} state={state}
          sources={sources} idPrefix={uid} />
        <div class="tool-filter-bar">
          <p class="tool-count" role="status" data-result="tools-shown" data-value={String(shown.length)}>{plural(shown.length, 'tool')} shown</p>
          <button type="button" class="button secondary" onClick={() => state.setMany(CLEAR)}>Show all tools</button>
        </div>
        <StaleNote stale={state.stale} />
      </form>
      <ul class="tool-list">
        {shown.map((t) => (
          <ToolCard key={t.slug} tool={t} successorName={t.successor && names[t.successor]} sources={sources} toolsHref={toolsHref} guideHref={guideHref} />
        ))}
      </ul>
      {shown.length === 0 && <p class="results-note">No tool passes these filters.</p>}
    </div>
  );
}
