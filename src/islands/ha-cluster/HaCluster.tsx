import { useId, useMemo } from 'preact/hooks';
import { haCluster } from '../../models/ha-cluster/index.ts';
import type { SourceLinks } from '../../models/shared/sources.ts';
import { simulatorParams } from '../../models/ha-cluster/simulator-link.ts';
import { summarise, toMarkdown } from '../../models/ha-cluster/summary.ts';
import { href } from '../../lib/paths.ts';
import { calculatorPath } from '../../lib/routes.ts';
import { CopyButton } from '../shared/CopyButton.tsx';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { CalculatorForm } from '../shared/CalculatorForm.tsx';
import type { Placement } from '../shared/Heading.tsx';
import { Presets } from '../shared/Presets.tsx';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { AllocatableBreakdown } from './AllocatableBreakdown.tsx';
import { ClusterDiagram } from './ClusterDiagram.tsx';
import type { LatestReleases } from './ExportNote.tsx';
import { ExportSection } from './ExportSection.tsx';
import { HaHeadline, HaResults } from './HaResults.tsx';

/** sources: the fields' and the export notes' sources; latest: the exported tools' newest releases, by fact id. */
interface Props { sources: SourceLinks; latest: LatestReleases; placement: Placement }

const GROUPS = [
  { legend: 'Resilience', keys: ['tolerate', 'topology', 'zones'] },
  { legend: 'Workload', keys: ['replicas', 'podCpu', 'podMemory'] },
  { legend: 'Machines', keys: ['nodeCpu', 'nodeMemory', 'capacityMemory', 'maxPods', 'reserved', 'reservationPods', 'controlPlaneMemory'] },
  { legend: 'DaemonSets on every machine', keys: ['daemonCpu', 'daemonMemory', 'daemonPods'] },
] as const;

/**
 * The HA cluster sizer: the plan's headline numbers, the inputs, then the breakdown, the diagram and the hand-offs
 * (Markdown, the failure simulator, and an export for cluster-building tools, except on a slide).
 */
export default function HaCluster({ sources, latest, placement }: Props) {
  const uid = useId();
  const state = useCalculatorState(haCluster);
  const input = state.input;
  const result = useMemo(() => haCluster.compute(input), [input]);
  const summary = summarise(input, result);
  const link = simulatorParams(input, result);
  // The Markdown links to the inputs of the plan it shows (the last valid ones while a field is invalid).
  const shownPlanUrl = () => `${location.origin}${location.pathname}?${new URLSearchParams(
    Object.fromEntries(Object.entries(input).map(([k, v]) => [k, String(v)])))}`;

  return (
    <CalculatorForm id="ha-cluster" label="HA cluster sizer" stale={state.stale} placement={placement} title="The plan"
      headline={<HaHeadline input={input} result={result} />}
      presets={<Presets presets={haCluster.presets} onPick={state.setMany} />}
      inputs={GROUPS.map((g) => (
        <FieldGroup key={g.legend} legend={g.legend} keys={g.keys} fields={haCluster.fields} state={state} sources={sources} idPrefix={uid} />
      ))}
      details={(
        <>
          <p class="plan-summary" data-result="summary" data-value={summary}>{summary}</p>
          <p class="visually-hidden" role="status">
            Plan: {result.totalMachines} machines, survives {result.survival.plan} machine {result.survival.plan === 1 ? 'failure' : 'failures'}.
          </p>
          {result.warnings.map((w) => <p key={w} class="warning-note"><strong>Warning:</strong> {w}</p>)}
          <HaResults input={input} result={result} />
          <ClusterDiagram input={input} result={result} />
          <AllocatableBreakdown input={input} result={result} />
          <div class="calculator-actions">
            <CopyButton label="Copy as Markdown" text={() => toMarkdown(input, result, shownPlanUrl())} />
            {'params' in link && (
              <a class="button secondary" href={href(calculatorPath('failure-simulator', new URLSearchParams({ ...link.params })))} target="_top">Simulate failures in this plan</a>
            )}
            {'reason' in link && <p class="results-note">{link.reason} Shrink the workload to simulate it.</p>}
          </div>
          {placement !== 'slide' && <ExportSection input={input} result={result} stale={state.stale} sources={sources} latest={latest} idPrefix={uid} />}
        </>
      )} />
  );
}
