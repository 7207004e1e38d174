import type { Fields } from '../../models/shared/fields.ts';
import { Field } from './Field.tsx';
import type { SourceLinks } from '../../models/shared/sources.ts';
import type { CalculatorState } from './use-calculator-state.ts';

interface Props<F extends Fields> {
  legend: string;
  keys: readonly (keyof F & string)[];
  fields: F;
  state: CalculatorState<F>;
  sources: SourceLinks;
  idPrefix: string;
}

/** A fieldset of calculator inputs bound to the calculator's state. */
export function FieldGroup<F extends Fields>({ legend, keys, fields, state, sources, idPrefix }: Props<F>) {
  return (
    <fieldset class="field-group">
      <legend>{legend}</legend>
      {keys.map((key) => (
        <Field key={key} name={key} spec={fields[key]} value={state.raw[key]} error={state.parsed.errors[key]}
          sources={sources} idPrefix={idPrefix} onInput={(name, text) => state.set(name as keyof F & string, text)} />
      ))}
    </fieldset>
  );
}
