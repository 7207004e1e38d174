import { useId, useMemo } from 'preact/hooks';
import { hostsChart, memoryChart } from '../../models/vm-vs-containers/chart-data.ts';
import { vmVsContainers } from '../../models/vm-vs-containers/index.ts';
import type { SourceLinks } from '../../models/shared/sources.ts';
import { verdict } from '../../models/vm-vs-containers/verdict.ts';
import { BarChart } from '../shared/BarChart.tsx';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { CalculatorForm } from '../shared/CalculatorForm.tsx';
import { Presets } from '../shared/Presets.tsx';
import type { Placement } from '../shared/Heading.tsx';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { RolloutTimeline } from './RolloutTimeline.tsx';
import { VmcHeadline, VmcResults } from './VmcResults.tsx';

const GROUPS = [
  { legend: 'The service', keys: ['instances', 'cpu', 'memory'] },
  { legend: 'Hosts', keys: ['hostCpu', 'hostMemory'] },
  { legend: 'VMs on OpenStack', keys: ['cpuRatio', 'ramRatio', 'reservedHostMemory', 'vmOverhead', 'guestMemory', 'flavors', 'vmBoot'] },
  { legend: 'Containers on Kubernetes', keys: ['reserved', 'maxPods', 'daemonCpu', 'daemonMemory', 'daemonPods', 'runtime', 'containerStart'] },
  { legend: 'Containers in VMs', keys: ['workersPerHost'] },
  { legend: 'Rollout', keys: ['surge'] },
] as const;

/** The VM vs containers comparator: inputs on the left; hosts, memory, rollouts and a verdict on the right. */
export default function VmVsContainers({ sources, placement }: { sources: SourceLinks; placement: Placement }) {
  const uid = useId();
  const state = useCalculatorState(vmVsContainers);
  const input = state.input;
  const result = useMemo(() => vmVsContainers.compute(input), [input]);
  const words = verdict(input, result);

  return (
    <CalculatorForm id="vm-vs-containers" label="VM vs containers comparator" stale={state.stale} placement={placement} title="The comparison"
      headline={<VmcHeadline input={input} result={result} words={words} />}
      presets={<Presets presets={vmVsContainers.presets} onPick={state.setMany} />}
      inputs={GROUPS.map((g) => (
        <FieldGroup key={g.legend} legend={g.legend} keys={g.keys} fields={vmVsContainers.fields} state={state} sources={sources} idPrefix={uid} />
      ))}
      details={(
        <>
          <p class="vmc-details">{words.details}</p>
          <VmcResults input={input} result={result} />
          <BarChart spec={hostsChart(result)} size="short" />
          <BarChart spec={memoryChart(result)} />
          <RolloutTimeline result={result} surge={input.surge} />
        </>
      )} />
  );
}
