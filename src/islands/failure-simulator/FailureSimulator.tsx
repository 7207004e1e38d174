import { useId, useMemo } from 'preact/hooks';
import { explain, summary } from '../../models/failure-simulator/explain.ts';
import { boardOf, toggleFaults, type FaultField } from '../../models/failure-simulator/faults.ts';
import { failureSimulator } from '../../models/failure-simulator/index.ts';
import { TIMELINE_END_S } from '../../models/failure-simulator/inputs.ts';
import { timelineEvents } from '../../models/failure-simulator/timeline.ts';
import type { SourceLinks } from '../../models/shared/sources.ts';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { CalculatorForm } from '../shared/CalculatorForm.tsx';
import { Presets } from '../shared/Presets.tsx';
import type { Placement } from '../shared/Heading.tsx';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { MachineBoard } from './MachineBoard.tsx';
import { SimResults } from './SimResults.tsx';
import { Timeline } from './Timeline.tsx';

const { fields } = failureSimulator;

/** The failure simulator: build a layout, fail machines or zones or split the network, and scrub through time. */
export default function FailureSimulator({ sources, placement }: { sources: SourceLinks; placement: Placement }) {
  const uid = useId();
  const state = useCalculatorState(failureSimulator);
  const input = state.input;
  const result = useMemo(() => failureSimulator.compute(input), [input]);
  const notes = explain(input, result);
  const board = useMemo(() => boardOf(state.raw, !state.stale, result, input.at), [state.raw, state.stale, result, input.at]);
  const toggle = (key: FaultField, ids: string[], on: boolean) => state.set(key, toggleFaults(state.raw[key], ids, on));

  return (
    <CalculatorForm id="failure-simulator" label="Failure simulator" stale={state.stale} placement={placement} title="What keeps working"
      headline={(
        <>
          <SimResults result={result} />
          <p class="visually-hidden sim-status" role="status">{summary(input, result)}</p>
        </>
      )}
      presets={<Presets presets={failureSimulator.presets} onPick={state.setMany} />}
      inputs={(
        <>
          <FieldGroup legend="Layout" keys={['topology', 'controlPlanes', 'etcd', 'workers', 'zones', 'replicas', 'workload', 'podsPerMachine']}
            fields={fields} state={state} sources={sources} idPrefix={uid} />
          <FieldGroup legend="Faults" keys={['down', 'partition']} fields={fields} state={state} sources={sources} idPrefix={uid} />
          <FieldGroup legend="Operator action" keys={['outOfService']} fields={fields} state={state} sources={sources} idPrefix={uid} />
          <button type="button" class="button secondary" onClick={() => state.setMany({ down: '', partition: '', outOfService: '', at: '0' })}>Clear all faults</button>
        </>
      )}
      details={(
        <>
          <Timeline at={input.at} raw={state.raw.at} error={state.parsed.errors.at} idPrefix={uid} events={timelineEvents(input, result)}
            end={TIMELINE_END_S} onChange={(s) => state.set('at', s)} />
          <ul class="sim-notes">
            {notes.map((note) => <li key={note}>{note}</li>)}
          </ul>
          <MachineBoard result={board.result} zones={board.layout?.zones ?? input.zones}
            disabledReason={board.layout ? undefined : 'Fix the layout fields marked ⚠ to fail or restore machines here: the board shows the last valid layout.'}
            onToggleDown={(ids, on) => toggle('down', ids, on)} onTogglePartition={(ids, on) => toggle('partition', ids, on)} />
        </>
      )} />
  );
}
