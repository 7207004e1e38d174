import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { toolsModel } from '../../models/tools/index.ts';
import type { FilterableTool } from '../../models/tools/filter.ts';
import { plural } from '../../models/shared/format.ts';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { StaleNote } from '../shared/StaleNote.tsx';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { useEarlyInput } from '../shared/use-early-input.ts';

interface Props {
  /** What the filters read of each tool, in the order of the list. */
  tools: FilterableTool[];
  /** The list itself: one server-rendered ToolCard per tool, each an element with data-tool="<slug>". */
  children: ComponentChildren;
}

const CLEAR = { q: '', category: '', pattern: '', status: '' };

/**
 * The tooling directory: filters kept in the URL, a live count, and the list with every tool that passes them. The
 * cards are static HTML that this island only shows or hides: hydrating it costs a phone a form, not 29 cards.
 */
export default function ToolDirectory({ tools, children }: Props) {
  const uid = useId();
  const state = useCalculatorState(toolsModel);
  const shown = useMemo(() => tools.filter(toolsModel.compute(state.input)), [tools, state.input]);
  const form = useRef<HTMLFormElement>(null);
  useEarlyInput(form);
  const list = useRef<HTMLDivElement>(null);
  // A layout effect: the cards change in the same frame as the count.
  useLayoutEffect(() => {
    const slugs = new Set(shown.map((t) => t.slug));
    for (const card of list.current?.querySelectorAll<HTMLElement>('[data-tool]') ?? []) card.hidden = !slugs.has(card.dataset.tool!);
  }, [shown]);

  return (
    <div class="tool-directory" data-stale={String(state.stale)}>
      <form ref={form} class="tool-filters" role="search" aria-label="Filter the tools" onSubmit={(e) => e.preventDefault()}>
        <FieldGroup legend="Filter the tools" keys={['q', 'category', 'pattern', 'status']} fields={toolsModel.fields} state={state}
          sources={{}} idPrefix={uid} />
        <div class="tool-filter-bar">
          <p class="tool-count" role="status" data-result="tools-shown" data-value={String(shown.length)}>{plural(shown.length, 'tool')} shown</p>
          <button type="button" class="button secondary" onClick={() => state.setMany(CLEAR)}>Show all tools</button>
        </div>
        <StaleNote stale={state.stale} />
      </form>
      <div ref={list} class="tool-list-slot">{children}</div>
      {shown.length === 0 && <p class="results-note">No tool passes these filters.</p>}
    </div>
  );
}
