import { useId, useMemo } from 'preact/hooks';
import { patternPicker } from '../../models/pattern-picker/index.ts';
import { patternAnchor } from '../../lib/routes.ts';
import { href } from '../../lib/paths.ts';
import { patterns, type PatternId } from '../../models/shared/patterns.ts';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { CalculatorForm } from '../shared/CalculatorForm.tsx';
import { Result } from '../shared/Result.tsx';
import type { Placement } from '../shared/Heading.tsx';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { diagramSlot, type DiagramSlots } from './diagram-slots.ts';
import { PatternCard, type PatternSummary, type ToolLink } from './PatternCard.tsx';

const { fields } = patternPicker;

interface Props extends DiagramSlots {
  summaries: Record<PatternId, PatternSummary>;
  /** Current tools per pattern, from the tooling directory's data. */
  tools: Record<PatternId, ToolLink[]>;
  placement: Placement;
}

/** The pattern picker: questions about your estate, and the talk's patterns that fit it, best first. */
export default function PatternPicker({ summaries, tools, placement, ...slots }: Props) {
  const uid = useId();
  const state = useCalculatorState(patternPicker);
  const result = useMemo(() => patternPicker.compute(state.input), [state.input]);
  const names = result.fitting.map((p) => patterns[p.id].title);

  return (
    <CalculatorForm id="pattern-picker" label="OpenStack pattern picker" stale={state.stale} placement={placement} title="Patterns that fit"
      headline={(
        <>
          <dl class="results results-main results-wide">
            <Result id="patterns" value={result.fitting.map((p) => p.id).join(',')} label="Best fit first">
              {names.length > 0 ? names.join(', ') : 'None of the four'}
            </Result>
          </dl>
          {result.fitting.length === 0 && (
            <p class="warning-note">None of the talk's patterns fits an estate without an OpenStack cloud, spare servers or GPU demand: a managed Kubernetes service, or Kubernetes on the machines you have, is the simpler start.</p>
          )}
        </>
      )}
      inputs={(
        <>
          <FieldGroup legend="What you have" keys={['openstack', 'spareMetal', 'gpu', 'tenantClusters', 'isolation']} fields={fields} state={state} sources={{}} idPrefix={uid} />
          <FieldGroup legend="What you want" keys={['containerizeOpenstack', 'kubernetesOps']} fields={fields} state={state} sources={{}} idPrefix={uid} />
        </>
      )}
      details={(
        <>
          {result.fitting.map((fit, i) => (
            <PatternCard key={fit.id} rank={i + 1} fit={fit} summary={summaries[fit.id]} diagram={slots[diagramSlot(fit.id)]} tools={tools[fit.id]} />
          ))}
          {result.others.length > 0 && (
            <details class="pattern-others">
              <summary>Why not the others</summary>
              <ul>
                {result.others.map((p) => (
                  <li key={p.id}><a href={href(patternAnchor(p.id))}>{patterns[p.id].title}</a>: {p.reasons.filter((r) => r.weight < 0).map((r) => r.text).join(' ')}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )} />
  );
}
