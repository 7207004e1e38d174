import type { Preset } from '../../models/shared/calculator-model.ts';
import type { Fields, RawValues } from '../../models/shared/fields.ts';

interface Props<F extends Fields> {
  presets: readonly Preset<F>[];
  onPick: (values: Partial<RawValues<F>>) => void;
}

/** Buttons that load a preset's values into the form (and so into the URL). */
export function Presets<F extends Fields>({ presets, onPick }: Props<F>) {
  return (
    <div class="presets" role="group" aria-label="Presets">
      <span class="presets-label">Start from:</span>
      {presets.map((p) => (
        <button key={p.id} type="button" class="preset" data-preset={p.id} onClick={() => onPick(p.values)}>{p.label}</button>
      ))}
    </div>
  );
}
