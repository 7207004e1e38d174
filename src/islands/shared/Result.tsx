import type { ComponentChildren } from 'preact';

interface Props {
  /** Public, stable data-result key (kebab-case). */
  id: string;
  /** Machine value: a plain number in the unit the key names, true/false, or an id. */
  value: number | boolean | string;
  label: string;
  children: ComponentChildren;
  detail?: ComponentChildren;
}

/** One result: a label, the value as a reader sees it, and data-result/data-value for tests and scripts. */
export function Result({ id, value, label, children, detail }: Props) {
  const machine = typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : String(value);
  return (
    <div class="result" data-result={id} data-value={machine}>
      <dt>{label}</dt>
      <dd>
        <span class="result-value">{children}</span>
        {detail && <span class="result-detail">{detail}</span>}
      </dd>
    </div>
  );
}
