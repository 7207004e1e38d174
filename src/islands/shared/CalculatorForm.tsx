import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { Heading, HeadingLevel, titleLevel, type Placement } from './Heading.tsx';
import { JsNote } from './JsNote.tsx';
import { StaleNote } from './StaleNote.tsx';
import { useEarlyInput } from './use-early-input.ts';

interface Props {
  id: string;
  label: string;
  stale: boolean;
  placement: Placement;
  /** The results title ("The plan") and the headline results under it. */
  title: string;
  headline: ComponentChildren;
  presets?: ComponentChildren;
  inputs: ComponentChildren;
  /** Everything else the calculator shows: explanations, diagrams, timelines, charts. */
  details: ComponentChildren;
}

/**
 * The root of every calculator (DESIGN.md section 4: data-calculator, data-stale, the no-JavaScript note) and its
 * layout. On a page or in a chapter: inputs beside (or above) the results. In an embed, whose frame the host sizes:
 * the headline results first, in a box of fixed size, then the inputs, then the rest; the order is the HTML's, so
 * keyboard order follows what is seen. On a slide, where a projector shows it to a room: inputs and the headline
 * results side by side, the rest folded away under a summary the speaker can open.
 */
export function CalculatorForm({ id, label, stale, placement, title, headline, presets, inputs, details }: Props) {
  const titleId = useId();
  const form = useRef<HTMLFormElement>(null);
  useEarlyInput(form);
  const results = (
    <>
      <Heading id={titleId} class="results-title">{title}</Heading>
      <StaleNote stale={stale} />
      <div class="headline-box" data-headline>{headline}</div>
    </>
  );
  return (
    <HeadingLevel level={titleLevel(placement)}>
      <form ref={form} class={`calculator placement-${placement}`} data-calculator={id} data-stale={String(stale)} aria-label={label} onSubmit={(e) => e.preventDefault()}>
        <JsNote />
        {placement === 'embed' ? (
          <>
            <section class="calculator-headline" aria-labelledby={titleId}>{results}</section>
            {presets}
            <div class="calculator-inputs">{inputs}</div>
            <section class="calculator-details" aria-label={`${title}: details`}>{details}</section>
          </>
        ) : placement === 'slide' ? (
          <>
            {presets}
            <div class="calculator-grid">
              <div class="calculator-inputs">{inputs}</div>
              <section class="calculator-results" aria-labelledby={titleId}>
                {results}
                <details class="calculator-more"><summary>The details</summary>{details}</details>
              </section>
            </div>
          </>
        ) : (
          <>
            {presets}
            <div class="calculator-grid">
              <div class="calculator-inputs">{inputs}</div>
              <section class="calculator-results" aria-labelledby={titleId}>{results}{details}</section>
            </div>
          </>
        )}
      </form>
    </HeadingLevel>
  );
}
