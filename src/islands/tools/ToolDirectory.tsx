import { useId, useMemo } from 'preact/hooks';
import { toolsModel } from '../../models/tools/index.ts';
import { plural } from '../../models/shared/format.ts';
import type { SourceLinks } from '../../models/shared/sources.ts';
import type { Tool } from '../../schemas/tools.ts';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { StaleNote } from '../shared/StaleNote.tsx';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { ToolCard } from './ToolCard.tsx';

interface Props {
  tools: Tool[];
  sources: SourceLinks;
}

const CLEAR = { q: '', category: '', pattern: '', status: '' };

/** The tooling directory: filters kept in the URL, a live count, and every tool that passes them. */
export default function ToolDirectory({ tools, sources }: Props) {
  const uid = useId();
  const state = useCalculatorState(toolsModel);
  const shown = useMemo(() => tools.filter(toolsModel.compute(state.input)), [tools, state.input]);
  const names = Object.fromEntries(tools.map((t) => [t.slug, t.name]));

  return (
    <div class="tool-directory" data-stale={String(state.stale)}>
      <form class="tool-filters" role="search" aria-label="Filter the tools" onSubmit={(e) => e.preventDefault()}>
        <FieldGroup legend="Filter the tools" keys={['q', 'category', 'pattern', 'status']} fields={toolsModel.fields} state={state}
          sources={sources} idPrefix={uid} />
        <div class="tool-filter-bar">
          <p class="tool-count" role="status" data-result="tools-shown" data-value={String(shown.length)}>{plural(shown.length, 'tool')} shown</p>
          <button type="button" class="button secondary" onClick={() => state.setMany(CLEAR)}>Show all tools</button>
        </div>
        <StaleNote stale={state.stale} />
      </form>
      <ul class="tool-list">
        {shown.map((t) => <ToolCard key={t.slug} tool={t} successorName={t.successor && names[t.successor]} sources={sources} />)}
      </ul>
      {shown.length === 0 && <p class="results-note">No tool passes these filters.</p>}
    </div>
  );
}
