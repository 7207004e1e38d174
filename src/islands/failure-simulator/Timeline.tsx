import type { TimelineEvent } from '../../models/failure-simulator/timeline.ts';
import { FieldError } from '../shared/Field.tsx';

interface Props { at: number; raw: string; error?: string; idPrefix: string; events: TimelineEvent[]; end: number; onChange: (seconds: string) => void }

/**
 * Time since the fault: a slider (the `at` parameter) and buttons that step to the moments that matter.
 * The latest moment reached is the current step (aria-current, and "now" in words); earlier ones are ticked.
 * The step button never disappears, so keyboard focus stays on it: past the last moment it goes back to 0 s.
 */
export function Timeline({ at, raw, error, idPrefix, events, end, onChange }: Props) {
  const id = `${idPrefix}-at`;
  const next = events.find((e) => e.at > at);
  const current = events.findLast((e) => e.at <= at);
  return (
    <div class="timeline">
      <label for={id}><strong>Time since the fault:</strong> {at} s</label>
      <input id={id} name="at" type="range" min={0} max={end} step={1} value={Number.isFinite(Number(raw)) ? raw : String(at)}
        aria-valuetext={`${at} seconds after the fault`} aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)} />
      {error && <FieldError id={`${id}-error`} message={error} />}
      <ol class="timeline-events">
        {events.map((e) => {
          const isCurrent = e === current;
          return (
            <li key={e.at}>
              <button type="button" class={`preset${at >= e.at ? ' is-reached' : ''}`} aria-current={isCurrent ? 'step' : undefined}
                onClick={() => onChange(String(e.at))}>
                <span aria-hidden="true">{at >= e.at ? '✓ ' : ''}</span>{e.at} s
              </button> {e.label}{isCurrent && <strong class="timeline-now" aria-hidden="true"> ◀ now</strong>}
            </li>
          );
        })}
      </ol>
      <button type="button" class="button secondary" onClick={() => onChange(String(next ? next.at : 0))}>
        {next ? `Step to ${next.at} s` : 'Back to 0 s'}
      </button>
    </div>
  );
}
