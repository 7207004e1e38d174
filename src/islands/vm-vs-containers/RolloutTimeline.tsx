import type { VmcResult } from '../../models/vm-vs-containers/compute.ts';
import { OPTION_LABELS, OPTION_TONES as TONES, optionIds } from '../../models/vm-vs-containers/option.ts';
import { Heading } from '../shared/Heading.tsx';
import { Result } from '../shared/Result.tsx';
import { dec, int, plural } from '../../models/shared/format.ts';

// Beyond this many waves the bar is drawn whole; separate segments would be thinner than a pixel.
const MAX_SEGMENTS = 60;
const duration = (minutes: number) => (minutes < 1 ? `${int(minutes * 60)} s` : `${dec(minutes, 1)} min`);

/** The waves of one rollout as a bar, on a scale shared by every option (SVG attributes, no inline styles). */
function Waves({ waves, seconds, longest, tone }: { waves: number; seconds: number; longest: number; tone: number }) {
  const total = longest > 0 ? (100 * waves * seconds) / longest : 0;
  const count = waves <= MAX_SEGMENTS ? waves : 1;
  const width = total / count;
  return (
    <svg class="rollout-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="rollout-track" x={0} y={0} width={100} height={4} />
      {Array.from({ length: count }, (_, i) => (
        <rect key={i} class={`tone-${tone}`} x={i * width} y={0} width={Math.max(0, width - (count > 1 ? 0.4 : 0))} height={4} />
      ))}
    </svg>
  );
}

/** How long replacing every instance takes for each option, wave by wave, on one time scale. */
export function RolloutTimeline({ result: r, surge }: { result: VmcResult; surge: number }) {
  const longest = Math.max(...optionIds.map((id) => r.rollout[id].waves * r.rollout[id].secondsPerWave));
  const { batch, waves } = r.rollout.vm;
  return (
    <section class="rollout" aria-label="Rolling out a new version">
      <Heading depth={1} class="results-subtitle">Rolling out a new version</Heading>
      <p class="results-note">{plural(batch, 'instance')} at a time ({surge}% surge), so {plural(waves, 'wave')}; each wave waits until its new instances are ready. Bars share one time scale.</p>
      <dl class="results rollout-list">
        {optionIds.map((id) => {
          const ro = r.rollout[id];
          return (
            <Result key={id} id={`${id}-rollout-minutes`} value={ro.minutes} label={OPTION_LABELS[id]}
              detail={<><Waves waves={ro.waves} seconds={ro.secondsPerWave} longest={longest} tone={TONES[id]} />
                {plural(ro.waves, 'wave')} of {int(ro.secondsPerWave)} s{id === 'nested' ? ': pods restart inside the running worker VMs' : ''}</>}>
              {duration(ro.minutes)}
            </Result>
          );
        })}
      </dl>
    </section>
  );
}
