import { useId, useMemo } from 'preact/hooks';
import { explain, summary } from '../../models/failure-simulator/explain.ts';
import { parseSim, simFields } from '../../models/failure-simulator/inputs.ts';
import { machineIds } from '../../models/shared/machines.ts';
import { simPresets } from '../../models/failure-simulator/presets.ts';
import { simulate } from '../../models/failure-simulator/simulate.ts';
import { FieldGroup } from '../shared/FieldGroup.tsx';
import { CalculatorForm } from '../shared/CalculatorForm.tsx';
import { Presets } from '../shared/Presets.tsx';
import { StaleNote } from '../shared/StaleNote.tsx';
import type { SourceLinks } from '../shared/sources.ts';
import { useCalculatorState } from '../shared/use-calculator-state.ts';
import { MachineBoard } from './MachineBoard.tsx';
import { SimResults } from './SimResults.tsx';
import { Timeline } from './Timeline.tsx';

/** The ids typed in a fault field, as the parser splits them; tokens that are not ids are kept too. */
const tokens = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The failure simulator: build a layout, fail machines or zones or split the network, and scrub through time. */
export default function FailureSimulator({ sources }: { sources: SourceLinks }) {
  const uid = useId();
  const state = useCalculatorState('failure-simulator', simFields, parseSim);
  const input = state.input;
  const result = useMemo(() => simulate(input), [input]);
  const notes = explain(input, result);
  // The layout as typed, without the faults: null while any layout field is invalid.
  const layout = useMemo(() => parseSim({ ...state.raw, down: '', partition: '', at: '0' }).input, [state.raw]);
  // The board follows the layout and the fault text as typed (ids the layout lacks left out), so its buttons act on
  // what the fields say even while a fault field is invalid; with the layout invalid it shows the last valid one, disabled.
  const board = useMemo(() => {
    if (!state.stale || !layout) return result;
    const known = new Set(machineIds(layout));
    const typed = (key: 'down' | 'partition') => tokens(state.raw[key]).filter((id) => known.has(id));
    return simulate({ ...layout, down: typed('down'), partition: typed('partition'), at: input.at });
  }, [state.stale, layout, state.raw, result, input.at]);
  // Toggles ids in the field's own text, so nothing typed is lost, including tokens that are not valid ids yet.
  const toggle = (key: 'down' | 'partition', ids: string[], on: boolean) => {
    const current = tokens(state.raw[key]);
    const next = on ? [...current, ...ids.filter((id) => !current.includes(id))] : current.filter((t) => !ids.includes(t));
    state.set(key, next.join(','));
  };

  return (
    <CalculatorForm id="failure-simulator" label="Failure simulator" stale={state.stale}>
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
          <p class="visually-hidden sim-status" role="status">{summary(input, result)}</p>
          <ul class="sim-notes">
            {notes.map((note) => <li key={note}>{note}</li>)}
          </ul>
          <MachineBoard result={board} zones={layout?.zones ?? input.zones}
            disabledReason={layout ? undefined : 'Fix the layout fields marked ⚠ to fail or restore machines here: the board shows the last valid layout.'}
            onToggleDown={(ids, on) => toggle('down', ids, on)} onTogglePartition={(ids, on) => toggle('partition', ids, on)} />
        </section>
      </div>
    </CalculatorForm>
  );
}
