import type { HaResult } from '../../models/ha-cluster/compute.ts';
import type { HaInput } from '../../models/ha-cluster/inputs.ts';
import { breakdowns, type Segment } from '../../models/ha-cluster/breakdown.ts';
import { dec, pct, plural } from '../../models/shared/format.ts';
import { Heading } from '../shared/Heading.tsx';

/** A stacked bar drawn in SVG (attributes, not inline styles, so the CSP allows it); the table beside it carries the numbers. */
function Bar({ segments }: { segments: Segment[] }) {
  let x = 0;
  return (
    <svg class="stacked-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {segments.map((s) => {
        const rect = <rect key={s.kind} class={`seg seg-${s.kind}`} x={x} y={0} width={s.percent} height={6} />;
        x += s.percent;
        return rect;
      })}
    </svg>
  );
}

/** Per-machine breakdown of CPU and memory: reservations, eviction, DaemonSets, pods and what is left. */
export function AllocatableBreakdown({ input, result }: { input: HaInput; result: HaResult }) {
  return (
    <section class="breakdown" aria-label="Where each machine's resources go">
      <Heading depth={1} class="results-subtitle">Where each machine's resources go</Heading>
      {breakdowns(input, result).map((b) => (
        <div key={b.title} class="breakdown-machine">
          <p class="breakdown-title"><strong>{b.title}</strong>: {plural(b.pods, 'pod')} when the workload is spread evenly.</p>
          {([['CPU', 'cores', b.cpu, input.nodeCpu], ['Memory', 'GiB', b.memory, input.nodeMemory]] as const).map(([name, unit, segs, cap]) => (
            <div key={name} class="breakdown-resource">
              <p class="breakdown-label">{name}: {dec(cap)} {unit}</p>
              <Bar segments={segs} />
              <div class="table-wrap">
                <table class="breakdown-table">
                  <caption class="visually-hidden">{b.title}, {name.toLowerCase()} in {unit} and percent of the machine</caption>
                  <thead><tr><th scope="col">Part</th><th scope="col">{unit}</th><th scope="col">Share</th></tr></thead>
                  <tbody>
                    {segs.map((s) => (
                      <tr key={s.kind}>
                        <th scope="row"><span class={`swatch seg-${s.kind}`} aria-hidden="true" /> {s.label}</th>
                        <td>{dec(s.amount)}</td>
                        <td>{pct(s.percent)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
