import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeVmc } from './compute.ts';
import type { VmcInput } from './fields.ts';
import { vmVsContainers } from './index.ts';
import { optionIds } from './option.ts';
import { anyVmcParams, validVmcParams } from './arbitrary.ts';

const parseVmc = vmVsContainers.parse;

/** Valid inputs: the shared generator's valid text for every field, kept when the cross-field checks pass too. */
const validInput = validVmcParams.map((p) => parseVmc(p).input).filter((i): i is VmcInput => i !== null);

test('parseVmc + computeVmc: no exception for any text in any parameter (property)', () => {
  fc.assert(fc.property(anyVmcParams, (params) => {
    const parsed = parseVmc(params as Record<string, string>);
    if (parsed.input) computeVmc(parsed.input);
    else assert.ok(Object.keys(parsed.errors).length > 0);
  }), { numRuns: 500 });
});

test('computeVmc: every valid input gives finite results, at least one instance per host, and hosts enough for every instance (property)', () => {
  fc.assert(fc.property(validInput, (input) => {
    const r = computeVmc(input);
    for (const id of optionIds) {
      const o = r[id];
      assert.ok(o.density >= 1 && Number.isFinite(o.density), `${id} density`);
      assert.ok(o.hosts * o.density >= input.instances && (o.hosts - 1) * o.density < input.instances, `${id} hosts`);
      for (const v of [o.overheadMemoryGiB, o.strandedCpu, o.strandedMemoryGiB, ...Object.values(o.memoryGiB)]) assert.ok(Number.isFinite(v) && v >= 0);
      assert.ok(r.rollout[id].minutes >= 0);
    }
    assert.equal(r[r.cheapest].hosts, Math.min(...optionIds.map((id) => r[id].hosts)));
  }), { numRuns: 400 });
});

test('computeVmc: more instances never need fewer hosts or less overhead memory (property)', () => {
  fc.assert(fc.property(validInput, fc.integer({ min: 1, max: 5000 }), (input, extra) => {
    const a = computeVmc(input);
    const b = computeVmc({ ...input, instances: input.instances + extra });
    for (const id of optionIds) {
      assert.ok(b[id].hosts >= a[id].hosts, `${id} hosts`);
      assert.ok(b[id].overheadMemoryGiB >= a[id].overheadMemoryGiB - 1e-9, `${id} overhead`);
    }
  }), { numRuns: 300 });
});

/** Inputs with every overhead removed: no reservations, guest OS, hypervisor or runtime memory, DaemonSets or flavor rounding. */
const noOverheads = fc.record({
  instances: fc.integer({ min: 1, max: 20000 }),
  cpu: fc.integer({ min: 1, max: 16 }),
  memory: fc.integer({ min: 64, max: 65536 }),
  hostCpu: fc.integer({ min: 16, max: 256 }),
  hostMemory: fc.integer({ min: 64, max: 2048 }),
}).map((w) => ({
  ...w, reservedHostMemory: 0, vmOverhead: 0, guestMemory: 0, flavors: 'exact', reserved: 'none', daemonCpu: 0, daemonMemory: 0,
  daemonPods: 0, runtime: 'runc', workersPerHost: 1, cpuRatio: 1, ramRatio: 1, maxPods: 250,
})).map((p) => parseVmc(Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)]))).input)
  // The max-pods limit is Kubernetes' own ceiling, not an overhead: keep to workloads that reach CPU or memory first.
  .filter((i): i is VmcInput => i !== null && Math.min(i.hostCpu / i.cpu, (i.hostMemory * 1024) / i.memory) < 250);

test('computeVmc: with every overhead removed, the three options need the same hosts at the same density (property)', () => {
  fc.assert(fc.property(noOverheads, (input) => {
    const r = computeVmc(input);
    assert.equal(r.containers.density, r.vm.density);
    assert.equal(r.nested.density, r.vm.density);
    assert.equal(r.containers.hosts, r.vm.hosts);
    assert.equal(r.nested.hosts, r.vm.hosts);
    for (const id of optionIds) assert.equal(r[id].overheadMemoryGiB, 0);
  }), { numRuns: 300 });
});
