import type { ComponentChildren } from 'preact';
import { JsNote } from './JsNote.tsx';

interface Props { id: string; label: string; stale: boolean; children: ComponentChildren }

/** The root of every calculator: data-calculator and data-stale (DESIGN.md section 4), no submit, the no-JavaScript note. */
export function CalculatorForm({ id, label, stale, children }: Props) {
  return (
    <form class="calculator" data-calculator={id} data-stale={String(stale)} aria-label={label} onSubmit={(e) => e.preventDefault()}>
      <JsNote />
      {children}
    </form>
  );
}
