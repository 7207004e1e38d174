import { useId, useMemo } from 'preact/hooks';
import { computeHa } from '../../models/ha-cluster/compute.ts';
import { haFields, parseHa } from '../../models/ha-cluster/inputs.ts';
import { haPresets } from '../../models/ha-cluster/presets.ts';
import { summarise, toMarkdown } from '../../models/ha-cluster/summary.ts';
import { CopyButton } from '../shared/CopyButton.tsx';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { JsNote } from '../shared/JsNote.tsx';
import { Presets } from '../shared/Presets.tsx';
import { StaleNote } from '../shared/StaleNote.tsx';
import type { SourceLinks } from '../shared/sources.ts';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { AllocatableBreakdown } from './AllocatableBreakdown.tsx';
import { ClusterDiagram } from './ClusterDiagram.tsx';
import { HaResults } from './HaResults.tsx';

interface Props {
  sources: SourceLinks;
  /** Base-aware address of the failure simulator, when the site has it. */
  simulatorHref?: string;
}

const GROUPS = [
  { legend: 'Resilience', keys: ['tolerate', 'topology', 'zones'] },
  { legend: 'Workload', keys: ['replicas', 'podCpu', 'podMemory'] },
  { legend: 'Machines', keys: ['nodeCpu', 'nodeMemory', 'maxPods', 'reserved'] },
  { legend: 'DaemonSets on every machine', keys: ['daemonCpu', 'daemonMemory', 'daemonPods'] },
] as const;

/** The HA cluster sizer: inputs on the left, the plan, its allocatable breakdown and its diagram on the right. */
export default function HaCluster({ sources, simulatorHref }: Props) {
  const uid = useId();
  const state = useCalculatorState('ha-cluster', haFields, parseHa);
  const input = state.input;
  const result = useMemo(() => computeHa(input), [input]);
  const summary = summarise(input, result);
  const simulate = simulatorHref && `${simulatorHref}?${new URLSearchParams({
    topology: input.topology, controlPlanes: String(result.controlPlaneMachines), etcd: String(result.etcdMachines),
    workers: String(result.workerMachines), zones: String(input.zones), replicas: String(input.replicas),
    podsPerMachine: String(Math.max(1, result.worker.pods)),
  })}`;

  return (
    <form class="calculator" data-calculator="ha-cluster" data-stale={String(state.stale)} aria-label="HA cluster sizer"
      onSubmit={(e) => e.preventDefault()}>
      <JsNote />
      <Presets presets={haPresets} onPick={(values) => state.setMany(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])))} />
      <div class="calculator-grid">
        <div class="calculator-inputs">
          {GROUPS.map((g) => (
            <FieldGroup key={g.legend} legend={g.legend} keys={g.keys} fields={haFields} state={state} sources={sources} idPrefix={uid} />
          ))}
        </div>
        <section class="calculator-results" aria-labelledby={`${uid}-plan`}>
          <h3 id={`${uid}-plan`} class="results-title">The plan</h3>
          <StaleNote stale={state.stale} />
          <p class="plan-summary" data-result="summary" data-value={summary} aria-live="polite">{summary}</p>
          {result.warnings.map((w) => <p key={w} class="warning-note"><strong>Warning:</strong> {w}</p>)}
          <HaResults input={input} result={result} />
          <ClusterDiagram input={input} result={result} />
          <AllocatableBreakdown input={input} result={result} />
          <div class="calculator-actions">
            <CopyButton label="Copy as Markdown" text={() => toMarkdown(input, result, location.href)} />
            {simulate && <a class="button secondary" href={simulate}>Simulate failures in this plan</a>}
          </div>
        </section>
      </div>
    </form>
  );
}
