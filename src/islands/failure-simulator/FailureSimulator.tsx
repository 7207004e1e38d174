import { useId, useMemo } from 'preact/hooks';
import { explain } from '../../models/failure-simulator/explain.ts';
import { parseSim, simFields } from '../../models/failure-simulator/inputs.ts';
import { simPresets } from '../../models/failure-simulator/presets.ts';
import { simulate } from '../../models/failure-simulator/simulate.ts';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { JsNote } from '../shared/JsNote.tsx';
import { Presets } from '../shared/Presets.tsx';
import { StaleNote } from '../shared/StaleNote.tsx';
import type { SourceLinks } from '../shared/sources.ts';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { MachineBoard } from './MachineBoard.tsx';
import { SimResults } from './SimResults.tsx';
import { Timeline } from './Timeline.tsx';

/** The failure simulator: build a layout, fail machines or zones or split the network, and scrub through time. */
export default function FailureSimulator({ sources }: { sources: SourceLinks }) {
  const uid = useId();
  const state = useCalculatorState('failure-simulator', simFields, parseSim);
  const input = state.input;
  const result = useMemo(() => simulate(input), [input]);
  const notes = explain(input, result);
  const toggle = (key: 'down' | 'partition', ids: string[], on: boolean) => {
    const current = new Set(input[key]);
    for (const id of ids) if (on) current.add(id); else current.delete(id);
    state.set(key, [...current].join(','));
  };

  return (
    <form class="calculator" data-calculator="failure-simulator" data-stale={String(state.stale)} aria-label="Failure simulator"
      onSubmit={(e) => e.preventDefault()}>
      <JsNote />
      <Presets presets={simPresets} onPick={state.setMany} />
      <div class="calculator-grid">
        <div class="calculator-inputs">
          <FieldGroup legend="Layout" keys={['topology', 'controlPlanes', 'etcd', 'workers', 'zones', 'replicas', 'podsPerMachine']}
            fields={simFields} state={state} sources={sources} idPrefix={uid} />
          <FieldGroup legend="Faults" keys={['down', 'partition']} fields={simFields} state={state} sources={sources} idPrefix={uid} />
          <button type="button" class="button secondary" onClick={() => state.setMany({ down: '', partition: '', at: '0' })}>Clear all faults</button>
        </div>
        <section class="calculator-results" aria-labelledby={`${uid}-now`}>
          <h3 id={`${uid}-now`} class="results-title">What keeps working</h3>
          <StaleNote stale={state.stale} />
          <Timeline at={input.at} raw={state.raw.at} error={state.parsed.errors.at} idPrefix={uid} onChange={(s) => state.set('at', s)} />
          <SimResults result={result} />
          <ul class="sim-notes" aria-live="polite">
            {notes.map((note) => <li key={note}>{note}</li>)}
          </ul>
          <MachineBoard result={result} zones={input.zones}
            onToggleDown={(ids, on) => toggle('down', ids, on)} onTogglePartition={(ids, on) => toggle('partition', ids, on)} />
        </section>
      </div>
    </form>
  );
}
