import { useId, useMemo } from 'preact/hooks';
import { advise } from '../../models/placement-advisor/advise.ts';
import { advisorFields, expandPreset, parseAdvisor } from '../../models/placement-advisor/inputs.ts';
import { Field } from '../shared/Field.tsx';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { CalculatorForm } from '../shared/CalculatorForm.tsx';
import { StaleNote } from '../shared/StaleNote.tsx';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { AdviceView } from './AdviceView.tsx';

interface Props {
  /** Base-aware address of the guide ("/guide/" or "/sub/guide/"), for the links behind each reason. */
  guideHref: string;
}

const GROUPS = [
  { legend: 'The application', keys: ['state', 'machineLoss', 'operations', 'hardware'] },
  { legend: 'Releases, team and constraints', keys: ['cadence', 'experience', 'isolation', 'licensing'] },
] as const;

/** The placement advisor: a questionnaire about one application, and where it should run, with the reasons. */
export default function PlacementAdvisor({ guideHref }: Props) {
  const uid = useId();
  const state = useCalculatorState('placement-advisor', advisorFields, parseAdvisor, expandPreset);
  const advice = useMemo(() => advise(state.input), [state.input]);

  return (
    <CalculatorForm id="placement-advisor" label="Placement advisor" stale={state.stale}>
      <div class="calculator-grid">
        <div class="calculator-inputs">
          <div class="advisor-start">
            <Field name="preset" spec={advisorFields.preset} value={state.raw.preset} error={state.parsed.errors.preset} sources={{}}
              idPrefix={uid} onInput={(_, text) => state.setMany(expandPreset({ preset: text }))} />
          </div>
          {GROUPS.map((g) => (
            <FieldGroup key={g.legend} legend={g.legend} keys={g.keys} fields={advisorFields} state={state} sources={{}} idPrefix={uid} />
          ))}
        </div>
        <section class="calculator-results" aria-labelledby={`${uid}-advice`}>
          <h3 id={`${uid}-advice`} class="results-title">Where it should run</h3>
          <StaleNote stale={state.stale} />
          <AdviceView advice={advice} guideHref={guideHref} />
        </section>
      </div>
    </CalculatorForm>
  );
}
