interface Props<V> {
  presets: Array<{ id: string; label: string; values: V }>;
  onPick: (values: V) => void;
}

/** Buttons that load a preset's values into the form (and so into the URL). */
export function Presets<V>({ presets, onPick }: Props<V>) {
  return (
    <div class="presets" role="group" aria-label="Presets">
      <span class="presets-label">Start from:</span>
      {presets.map((p) => (
        <button key={p.id} type="button" class="preset" data-preset={p.id} onClick={() => onPick(p.values)}>{p.label}</button>
      ))}
    </div>
  );
}
