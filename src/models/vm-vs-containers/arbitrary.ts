/** Random comparator parameters for property tests and the benchmark (test-only: imports fast-check, never the site). */
import fc from 'fast-check';
import { anyParams, validParams } from '../shared/arbitrary-params.ts';
import { vmcFields } from './fields.ts';

/** Flavor lists: mostly ones that hold a typical instance; now and then only a tiny flavor, which the checks reject. */
const flavorLists = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom('m1', 'exact', 'm1,exact', '2x4096,4x8192,16x65536', '1x512,2x4096,8x32768') },
  { weight: 1, arbitrary: fc.constant('1x512') },
);

/** Mostly valid parameters, some junk. */
export const anyVmcParams = anyParams(vmcFields, { flavors: flavorLists });
/** Parameters whose every field is valid text (the cross-field checks may still reject a combination). */
export const validVmcParams = validParams(vmcFields, { flavors: flavorLists });
