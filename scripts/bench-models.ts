import type { Fields } from '../src/models/shared/fields.ts';
import { haFields, parseHa } from '../src/models/ha-cluster/inputs.ts';
import { computeHa } from '../src/models/ha-cluster/compute.ts';
import { parseSim, simFields } from '../src/models/failure-simulator/inputs.ts';
import { machineIds } from '../src/models/shared/machines.ts';
import { simulate } from '../src/models/failure-simulator/simulate.ts';
import { explain } from '../src/models/failure-simulator/explain.ts';
import { parseVmc, vmcFields } from '../src/models/vm-vs-containers/inputs.ts';
import { computeVmc } from '../src/models/vm-vs-containers/compute.ts';
import { verdictText } from '../src/models/vm-vs-containers/verdict.ts';

import { advisorFields, parseAdvisor } from '../src/models/placement-advisor/inputs.ts';
import { advise } from '../src/models/placement-advisor/advise.ts';
import { parsePicker, pickerFields } from '../src/models/pattern-picker/inputs.ts';
import { pick } from '../src/models/pattern-picker/pick.ts';

/** One benchmarked model: its fields (for random inputs), its parser and its compute step. */
export interface BenchModel {
  id: string;
  fields: Fields;
  /** Fills what random text per field cannot: list fields whose valid items depend on other fields. */
  complete?: (params: Record<string, string>, rand: () => number) => Record<string, string>;
  parse: (params: Record<string, string>) => unknown | null;
  compute: (input: never) => unknown;
}

/** Simulator faults: each machine of the generated layout fails with chance 1/5; half the runs also split off about a third. */
function simFaults(params: Record<string, string>, rand: () => number): Record<string, string> {
  const layout = parseSim({ ...params, down: '', partition: '' }).input;
  if (!layout) return params;
  const some = (share: number) => machineIds(layout).filter(() => rand() < share).join(',');
  return { ...params, down: some(0.2), partition: rand() < 0.5 ? some(0.3) : '' };
}

/** Every calculator model the benchmark times. */
export const models: BenchModel[] = [
  { id: 'ha-cluster', fields: haFields, parse: (p) => parseHa(p).input, compute: computeHa },
  {
    id: 'failure-simulator', fields: simFields, complete: simFaults, parse: (p) => parseSim(p).input,
    compute: (input: Parameters<typeof simulate>[0]) => explain(input, simulate(input)),
  },
  {
    // Random flavor lists would rarely parse: each input gets the m1 flavors and one made to measure.
    id: 'vm-vs-containers', fields: vmcFields, complete: (p) => ({ ...p, flavors: 'm1,exact' }), parse: (p) => parseVmc(p).input,
    compute: (input: Parameters<typeof computeVmc>[0]) => verdictText(input, computeVmc(input)),
  },
  { id: 'placement-advisor', fields: advisorFields, parse: (p) => parseAdvisor(p).input, compute: advise },
  { id: 'pattern-picker', fields: pickerFields, parse: (p) => parsePicker(p).input, compute: pick },
];
