import type { ComponentChildren } from 'preact';
import { useId, useMemo } from 'preact/hooks';
import type { PatternId } from '../../components/diagrams/pattern-layouts.ts';
import { parsePicker, pickerFields } from '../../models/pattern-picker/inputs.ts';
import { pick } from '../../models/pattern-picker/pick.ts';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { CalculatorForm } from '../shared/CalculatorForm.tsx';
import { Result } from '../shared/Result.tsx';
import { StaleNote } from '../shared/StaleNote.tsx';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { PatternCard, type PatternSummary, type ToolLink } from './PatternCard.tsx';

/** The four diagrams, rendered on the server by the mount and passed in as named slots. */
interface DiagramSlots { tenantClusters?: ComponentChildren; besideOpenstack?: ComponentChildren; bareMetalGpu?: ComponentChildren; openstackOnKubernetes?: ComponentChildren }

interface Props extends DiagramSlots {
  summaries: Record<PatternId, PatternSummary>;
  /** Current tools per pattern, from the tooling directory's data. */
  tools: Record<PatternId, ToolLink[]>;
  guideHref: string;
  toolsHref: string;
}

/** The pattern picker: questions about your estate, and the talk's patterns that fit it, best first. */
export default function PatternPicker({ summaries, tools, guideHref, toolsHref, ...slots }: Props) {
  const uid = useId();
  const state = useCalculatorState('pattern-picker', pickerFields, parsePicker);
  const result = useMemo(() => pick(state.input), [state.input]);
  const diagrams: Record<PatternId, ComponentChildren> = {
    'tenant-clusters': slots.tenantClusters, 'beside-openstack': slots.besideOpenstack,
    'bare-metal-gpu': slots.bareMetalGpu, 'openstack-on-kubernetes': slots.openstackOnKubernetes,
  };
  const names = result.fitting.map((p) => summaries[p.id].title);

  return (
    <CalculatorForm id="pattern-picker" label="OpenStack pattern picker" stale={state.stale}>
      <div class="calculator-grid">
        <div class="calculator-inputs">
          <FieldGroup legend="What you have" keys={['openstack', 'spareMetal', 'gpu', 'tenantClusters', 'isolation']} fields={pickerFields} state={state} sources={{}} idPrefix={uid} />
          <FieldGroup legend="What you want" keys={['containerizeOpenstack', 'kubernetesOps']} fields={pickerFields} state={state} sources={{}} idPrefix={uid} />
        </div>
        <section class="calculator-results" aria-labelledby={`${uid}-fit`}>
          <h3 id={`${uid}-fit`} class="results-title">Patterns that fit</h3>
          <StaleNote stale={state.stale} />
          <dl class="results results-main results-wide">
            <Result id="patterns" value={result.fitting.map((p) => p.id).join(',')} label="Best fit first">
              {names.length > 0 ? names.join(', ') : 'None of the four'}
            </Result>
          </dl>
          {result.fitting.length === 0 && (
            <p class="warning-note">None of the talk's patterns fits an estate without an OpenStack cloud, spare servers or GPU demand: a managed Kubernetes service, or Kubernetes on the machines you have, is the simpler start.</p>
          )}
          {result.fitting.map((fit, i) => (
            <PatternCard key={fit.id} rank={i + 1} fit={fit} summary={summaries[fit.id]} diagram={diagrams[fit.id]}
              tools={tools[fit.id]} guideHref={guideHref} toolsHref={toolsHref} />
          ))}
          {result.others.length > 0 && (
            <details class="pattern-others">
              <summary>Why not the others</summary>
              <ul>
                {result.others.map((p) => (
                  <li key={p.id}><a href={`${guideHref}openstack-patterns/#${p.id}`}>{summaries[p.id].title}</a>: {p.reasons.filter((r) => r.weight < 0).map((r) => r.text).join(' ')}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
      </div>
    </CalculatorForm>
  );
}
