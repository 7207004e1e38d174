import type { Field as FieldSpec } from '../../models/shared/fields.ts';
import type { SourceLinks } from '../../models/shared/sources.ts';
import { num } from '../../models/shared/format.ts';

export interface FieldProps {
  /** Also the URL parameter name and the form control's name. */
  name: string;
  spec: FieldSpec;
  value: string;
  error?: string;
  sources: SourceLinks;
  idPrefix: string;
  onInput: (name: string, text: string) => void;
}

/**
 * What is wrong with a field, under it (the control's aria-describedby names its id). A block span, not a paragraph:
 * bold over the field's note paragraph, a paragraph reads to axe's p-as-heading check as a heading.
 */
export function FieldError({ id, message }: { id: string; message: string }) {
  return <span class="field-error" id={id}><span aria-hidden="true">⚠ </span>{message}</span>;
}

/** One labelled input or select, with its unit, a note citing its default's source, and its error beside it. */
export function Field({ name, spec, value, error, sources, idPrefix, onInput }: FieldProps) {
  const id = `${idPrefix}-${name}`;
  const noteId = `${id}-note`;
  const errorId = `${id}-error`;
  const source = spec.source ? sources[spec.source] : undefined;
  const described = [error ? errorId : '', spec.note || source ? noteId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id, name, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': described,
    onInput: (e: Event) => onInput(name, (e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{spec.label}{spec.kind === 'number' && spec.unit ? <span class="unit"> ({spec.unit})</span> : null}</label>
      {spec.kind === 'number' ? (
        <input {...common} type="text" inputMode="decimal" autoComplete="off" spellcheck={false} value={value} />
      ) : spec.kind === 'list' ? (
        <input {...common} type="text" autoComplete="off" spellcheck={false} value={value} />
      ) : spec.kind === 'text' ? (
        <input {...common} type="search" autoComplete="off" spellcheck={false} value={value} />
      ) : (
        <select {...common} value={value} onChange={common.onInput}>
          {!spec.options.some((o) => o.value === value) && <option value={value}>{value ? `"${value}" (not a valid choice)` : '(no choice)'}</option>}
          {spec.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
      {error && <FieldError id={errorId} message={error} />}
      {(spec.note || source) && (
        <p class="field-note" id={noteId}>
          {spec.note}
          {source && <> <a href={source.url}>Source: {source.title}</a></>}
          {spec.kind === 'number' && (spec.default === null ? <> Leave it empty for {spec.emptyMeans}.</> : <> Default {num(spec.default)}.</>)}
        </p>
      )}
    </div>
  );
}
