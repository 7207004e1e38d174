import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeVmc } from './compute.ts';
import { vmVsContainers } from './index.ts';
import { vmcPresets } from './presets.ts';
import { verdictText } from './verdict.ts';

const parseVmc = vmVsContainers.parse;

const verdictFor = (params: Record<string, string>) => {
  const input = parseVmc(params).input!;
  return verdictText(input, computeVmc(input));
};
const preset = (id: string) => vmcPresets.find((p) => p.id === id)!.values;

const cases: Array<[string, Record<string, string>, RegExp[]]> = [
  ['defaults: bare metal wins and m1 rounding is the VMs\' cost', {}, [/^Containers on bare metal need the fewest hosts: 4 hosts, against 7 hosts as VMs/, /rounded up to m1\.medium/, /4 minutes as VMs and 20 seconds as containers/]],
  ['made-to-measure flavors: the guest OS is the VMs\' cost', preset('made-to-measure'), [/guest OS and hypervisor memory, 672 MiB/, /within one of each other/]],
  ['many small pods: worker VMs win by the max-pods limit, and raising max pods is named', preset('many-small'), [/^Containers in VMs need the fewest hosts/, /own max-pods limit/, /Max pods decides it: a bare-metal host stops at 110 pods\. Raising max pods to 256, as GKE allows, would need 3 hosts instead of 6/]],
  ['no overheads: the options tie', preset('no-overheads'), [/tie at 4 hosts, with the same memory overhead/]],
  ['Kata on bare metal against VMs with RAM overcommit: VMs win and the reason is named', { runtime: 'kata-qemu-tdx', flavors: 'exact', ramRatio: '1.5' }, [/^VMs on OpenStack need the fewest hosts/, /held back by allocatable/]],
];
for (const [name, params, patterns] of cases) {
  test(`verdict: ${name}`, () => {
    const text = verdictFor(params);
    for (const p of patterns) assert.match(text, p);
  });
}
