import { useId, useMemo } from 'preact/hooks';
import { hostsChart, memoryChart } from '../../models/vm-vs-containers/chart-data.ts';
import { vmVsContainers } from '../../models/vm-vs-containers/index.ts';
import type { SourceLinks } from '../../models/shared/sources.ts';
import { verdict } from '../../models/vm-vs-containers/verdict.ts';
import { BarChart } from '../shared/BarChart.tsx';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { CalculatorForm } from '../shared/CalculatorForm.tsx';
import { Presets } from '../shared/Presets.tsx';
import { StaleNote } from '../shared/StaleNote.tsx';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { RolloutTimeline } from './RolloutTimeline.tsx';
import { VmcResults } from './VmcResults.tsx';

const GROUPS = [
  { legend: 'The service', keys: ['instances', 'cpu', 'memory'] },
  { legend: 'Hosts', keys: ['hostCpu', 'hostMemory'] },
  { legend: 'VMs on OpenStack', keys: ['cpuRatio', 'ramRatio', 'reservedHostMemory', 'vmOverhead', 'guestMemory', 'flavors', 'vmBoot'] },
  { legend: 'Containers on Kubernetes', keys: ['reserved', 'maxPods', 'daemonCpu', 'daemonMemory', 'daemonPods', 'runtime', 'containerStart'] },
  { legend: 'Containers in VMs', keys: ['workersPerHost'] },
  { legend: 'Rollout', keys: ['surge'] },
] as const;

/** The VM vs containers comparator: inputs on the left; hosts, memory, rollouts and a verdict on the right. */
export default function VmVsContainers({ sources }: { sources: SourceLinks }) {
  const uid = useId();
  const state = useCalculatorState(vmVsContainers);
  const input = state.input;
  const result = useMemo(() => vmVsContainers.compute(input), [input]);
  const words = verdict(input, result);

  return (
    <CalculatorForm id="vm-vs-containers" label="VM vs containers comparator" stale={state.stale}>
      <Presets presets={vmVsContainers.presets} onPick={state.setMany} />
      <div class="calculator-grid">
        <div class="calculator-inputs">
          {GROUPS.map((g) => (
            <FieldGroup key={g.legend} legend={g.legend} keys={g.keys} fields={vmVsContainers.fields} state={state} sources={sources} idPrefix={uid} />
          ))}
        </div>
        <section class="calculator-results" aria-labelledby={`${uid}-verdict`}>
          <h3 id={`${uid}-verdict`} class="results-title">The comparison</h3>
          <StaleNote stale={state.stale} />
          <div class="vmc-verdict" data-result="verdict" data-value={`${words.headline} ${words.details}`}>
            <p class="plan-summary">{words.headline}</p>
            <p>{words.details}</p>
          </div>
          <VmcResults input={input} result={result} />
          <BarChart spec={hostsChart(result)} size="short" />
          <BarChart spec={memoryChart(result)} />
          <RolloutTimeline result={result} surge={input.surge} />
        </section>
      </div>
    </CalculatorForm>
  );
}
