import type { Fields } from '../src/models/shared/fields.ts';
import { haFields, parseHa } from '../src/models/ha-cluster/inputs.ts';
import { computeHa } from '../src/models/ha-cluster/compute.ts';
import { parseSim, simFields } from '../src/models/failure-simulator/inputs.ts';
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
  parse: (params: Record<string, string>) => unknown | null;
  compute: (input: never) => unknown;
}

/** Every calculator model the benchmark times. */
export const models: BenchModel[] = [
  { id: 'ha-cluster', fields: haFields, parse: (p) => parseHa(p).input, compute: computeHa },
  {
    id: 'failure-simulator', fields: simFields, parse: (p) => parseSim(p).input,
    compute: (input: Parameters<typeof simulate>[0]) => explain(input, simulate(input)),
  },
  {
    // The random lists are empty, so each input gets a flavor list of its own: the m1 flavors and one made to measure.
    id: 'vm-vs-containers', fields: vmcFields, parse: (p) => parseVmc({ ...p, flavors: p.flavors || 'm1,exact' }).input,
    compute: (input: Parameters<typeof computeVmc>[0]) => verdictText(input, computeVmc(input)),
  },
  { id: 'placement-advisor', fields: advisorFields, parse: (p) => parseAdvisor(p).input, compute: advise },
  { id: 'pattern-picker', fields: pickerFields, parse: (p) => parsePicker(p).input, compute: pick },
];
