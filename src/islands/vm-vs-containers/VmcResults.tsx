import type { VmcResult } from '../../models/vm-vs-containers/compute.ts';
import type { VmcInput } from '../../models/vm-vs-containers/fields.ts';
import { OPTION_LABELS, optionIds, type OptionId } from '../../models/vm-vs-containers/option.ts';
import { Heading } from '../shared/Heading.tsx';
import { Result } from '../shared/Result.tsx';
import { dec, int } from '../../models/shared/format.ts';

/** What each option runs its instances in, in words. */
function shapeOf(id: OptionId, input: VmcInput, r: VmcResult): string {
  if (id === 'vm') return r.vm.flavor ? `one VM each, flavor ${r.vm.flavor.name} (${r.vm.flavor.vcpu} vCPU, ${int(r.vm.flavor.memoryMiB)} MiB)` : 'no flavor fits';
  if (id === 'containers') return `one Kubernetes node per host, ${dec(r.containers.node.allocatable.allocatableMemoryMiB / 1024, 1)} GiB allocatable`;
  const w = r.nested.worker;
  return `${input.workersPerHost} worker VMs per host of ${w.vcpu} vCPU and ${dec(w.memoryMiB / 1024, 1)} GiB, ${int(w.pods.pods)} pods each`;
}

/** The comparator's headline: the verdict in one sentence (its data-value holds the whole verdict) and the option needing the fewest hosts. */
export function VmcHeadline({ result: r, words }: { input: VmcInput; result: VmcResult; words: { headline: string; details: string } }) {
  return (
    <>
      <p class="plan-summary" data-result="verdict" data-value={`${words.headline} ${words.details}`}>{words.headline}</p>
      <dl class="results vmc-cheapest">
        <Result id="cheapest" value={r.cheapest} label="Needs the fewest hosts">{OPTION_LABELS[r.cheapest]}</Result>
      </dl>
    </>
  );
}

/** Each option's numbers under their public data-result keys. */
export function VmcResults({ input, result: r }: { input: VmcInput; result: VmcResult }) {
  return (
    <>
      <div class="vmc-options">
        {optionIds.map((id) => {
          const o = r[id];
          return (
            <section key={id} class={`vmc-option option-${id}`} aria-label={OPTION_LABELS[id]}>
              <Heading depth={1} class="results-subtitle">{OPTION_LABELS[id]}{r.cheapest === id && <span class="vmc-badge"> fewest hosts</span>}</Heading>
              <p class="results-note">{shapeOf(id, input, r)}</p>
              <dl class="results">
                <Result id={`${id}-hosts`} value={o.hosts} label="Hosts needed">{int(o.hosts)}</Result>
                <Result id={`${id}-density`} value={o.density} label="Instances per host" detail={<>limited by {o.limit}</>}>{int(o.density)}</Result>
                <Result id={`${id}-overhead-memory`} value={o.overheadMemoryGiB} label="Memory on overhead">{dec(o.overheadMemoryGiB, 1)} GiB</Result>
                {id !== 'containers' && (
                  <Result id={`${id}-stranded-cpu`} value={o.strandedCpu} label={id === 'vm' ? 'vCPU stranded by flavors' : 'Cores left out of worker VMs'}>
                    {dec(o.strandedCpu, 1)}
                  </Result>
                )}
                {id === 'vm' && (
                  <Result id="vm-stranded-memory" value={o.strandedMemoryGiB} label="Memory stranded by flavors">{dec(o.strandedMemoryGiB, 1)} GiB</Result>
                )}
              </dl>
            </section>
          );
        })}
      </div>
    </>
  );
}
