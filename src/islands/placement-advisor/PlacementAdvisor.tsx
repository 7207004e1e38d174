import { useId, useMemo } from 'preact/hooks';
import { placementAdvisor } from '../../models/placement-advisor/index.ts';
import { Field } from '../shared/Field.tsx';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { CalculatorForm } from '../shared/CalculatorForm.tsx';
import type { Placement } from '../shared/Heading.tsx';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { AdviceHeadline, AdviceView } from './AdviceView.tsx';

const { fields } = placementAdvisor;
const GROUPS = [
  { legend: 'The application', keys: ['state', 'machineLoss', 'operations', 'hardware'] },
  { legend: 'Releases, team and constraints', keys: ['cadence', 'experience', 'isolation', 'licensing'] },
] as const;

/** The placement advisor: a questionnaire about one application, and where it should run, with the reasons. */
export default function PlacementAdvisor({ placement }: { placement: Placement }) {
  const uid = useId();
  const state = useCalculatorState(placementAdvisor);
  const advice = useMemo(() => placementAdvisor.compute(state.input), [state.input]);

  return (
    <CalculatorForm id="placement-advisor" label="Placement advisor" stale={state.stale} placement={placement} title="Where it should run"
      headline={<AdviceHeadline advice={advice} />}
      inputs={(
        <>
          <div class="advisor-start">
            {/* The advisor's presets are a field of their own (?preset=), so a choice fills every answer. */}
            <Field name="preset" spec={fields.preset} value={state.raw.preset} error={state.parsed.errors.preset} sources={{}}
              idPrefix={uid} onInput={(_, text) => state.setMany(placementAdvisor.expand({ preset: text }))} />
          </div>
          {GROUPS.map((g) => (
            <FieldGroup key={g.legend} legend={g.legend} keys={g.keys} fields={fields} state={state} sources={{}} idPrefix={uid} />
          ))}
        </>
      )}
      details={<AdviceView advice={advice} />} />
  );
}
