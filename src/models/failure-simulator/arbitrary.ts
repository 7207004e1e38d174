/**
 * Random simulator parameters for property tests and the benchmark (test-only: imports fast-check, never the site).
 * The shared generator's text for every field, with etcd mostly agreeing with the topology, and fault lists drawn
 * from the machines of the generated layout: a few machines, a whole zone, any subset, and now and then an id the
 * layout does not have (or the generated junk, kept).
 */
import fc from 'fast-check';
import { anyParams, validParams } from '../shared/arbitrary-params.ts';
import type { Params } from '../shared/calculator-model.ts';
import { machinesOf } from '../shared/machines.ts';
import { layoutOf } from './faults.ts';
import { simFields, TIMELINE_END_S } from './inputs.ts';

/** Moments around the timeline's events, and often after the first evictions at 350 s. */
const anyAt = fc.oneof(fc.integer({ min: 0, max: TIMELINE_END_S }), fc.integer({ min: 350, max: 700 }), fc.constantFrom(0, 16, 17, 49, 50, 60, 349, 350, 360, 370)).map(String);

function withFaults(base: fc.Arbitrary<Partial<Params>>, strangers: boolean): fc.Arbitrary<Params> {
  return fc.tuple(base, fc.integer({ min: 0, max: 9 }), fc.constantFrom('1', '2', '3', '5', '7'))
    .map(([p, dice, members]): Params => {
      const params = { ...p } as Params;
      if (dice > 0 && (params.etcd ?? '0') === '0' && params.topology === 'external') params.etcd = members;
      else if (dice > 0 && params.topology !== 'external' && params.etcd !== undefined && /^\d+$/.test(params.etcd)) params.etcd = '0';
      return params;
    })
    .chain((params) => {
      const layout = layoutOf(params);
      if (!layout) return fc.constant(params);
      const machines = machinesOf(layout);
      const ids = machines.map((m) => m.id);
      const stranger = fc.constantFrom(`worker-${layout.workers + 1}`, `cp-${layout.controlPlanes + 1}`, `etcd-${layout.etcd + 1}`);
      const zone = fc.integer({ min: 0, max: layout.zones - 1 }).map((z) => machines.filter((m) => m.zone === z).map((m) => m.id));
      const faults = (kept: string | undefined) => fc.oneof(
        { weight: 4, arbitrary: fc.shuffledSubarray(ids, { minLength: 1, maxLength: Math.min(2, ids.length) }) },
        { weight: 3, arbitrary: zone },
        { weight: 3, arbitrary: fc.subarray(ids) },
        { weight: strangers ? 1 : 0, arbitrary: fc.tuple(fc.subarray(ids), stranger).map(([some, bad]) => [...some, bad]) },
        { weight: strangers ? 1 : 0, arbitrary: fc.constant(kept === undefined ? [] : [kept]) },
      ).map((list) => list.join(', '));
      return fc.record({ down: faults(params.down), partition: fc.oneof({ weight: 2, arbitrary: fc.constant('') }, { weight: 1, arbitrary: faults(params.partition) }) })
        .map((f) => ({ ...params, ...f }));
    });
}

/** Mostly valid parameters, some junk, some unknown machine ids. */
export const anySimParams = withFaults(anyParams(simFields, { at: anyAt }), true);
/** Parameters whose every field is valid text and whose faults name machines of the layout. */
export const validSimParams = withFaults(validParams(simFields, { at: anyAt }), false);
