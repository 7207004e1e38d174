import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeHa } from './compute.ts';
import { parseHa, type HaInput } from './inputs.ts';
import { machineFailuresSurvived, workloadFailuresTolerated, workloadFits, zoneLoss } from './plan.ts';
import { failuresTolerated, quorum } from '../shared/quorum.ts';

/** Random inputs inside every field's limits; parseHa then rejects the cross-field impossibilities. */
const arbitraryHaParams = fc.record({
  tolerate: fc.integer({ min: 0, max: 3 }),
  topology: fc.constantFrom('converged', 'stacked', 'external'),
  zones: fc.integer({ min: 1, max: 5 }),
  replicas: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 150000 })),
  podCpu: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 8, noNaN: true })),
  podMemory: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 32768 })),
  nodeCpu: fc.integer({ min: 1, max: 128 }),
  nodeMemory: fc.integer({ min: 1, max: 1024 }),
  maxPods: fc.integer({ min: 1, max: 250 }),
  reserved: fc.constantFrom('gke', 'eks', 'aks', 'kubeadm'),
  daemonCpu: fc.double({ min: 0, max: 2, noNaN: true }),
  daemonMemory: fc.integer({ min: 0, max: 4096 }),
  daemonPods: fc.integer({ min: 0, max: 10 }),
}).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])));

const validInput = arbitraryHaParams.map((p) => parseHa(p).input).filter((i): i is HaInput => i !== null);

test('parseHa + computeHa: no exception for any text in any parameter (property)', () => {
  const keys = ['tolerate', 'topology', 'zones', 'replicas', 'podCpu', 'podMemory', 'nodeCpu', 'nodeMemory', 'maxPods', 'reserved', 'daemonCpu', 'daemonMemory', 'daemonPods'];
  fc.assert(fc.property(fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String))), (params) => {
    const parsed = parseHa(params);
    if (parsed.input) computeHa(parsed.input);
    else assert.ok(Object.keys(parsed.errors).length > 0);
  }), { numRuns: 500 });
});

test('computeHa: the survivors can hold every replica after `tolerate` failures and any zone loss (property)', () => {
  fc.assert(fc.property(validInput, (input) => {
    const r = computeHa(input);
    assert.ok(workloadFits(r.layout, input.replicas, input.tolerate));
    assert.ok(workloadFailuresTolerated(r.layout, input.replicas) >= input.tolerate);
    if (input.zones >= 2) assert.ok(zoneLoss(r.layout, input.replicas).workload);
    assert.ok(r.survival.plan >= input.tolerate, 'the plan survives what was asked');
  }), { numRuns: 400 });
});

test('computeHa: the worker count is the fewest that works (property)', () => {
  fc.assert(fc.property(validInput, (input) => {
    const r = computeHa(input);
    const min = input.topology === 'converged' ? 0 : 1;
    if (r.workerMachines > min) assert.equal(workloadFits({ ...r.layout, workers: r.workerMachines - 1 }, input.replicas, input.tolerate), false);
  }), { numRuns: 400 });
});

test('machineFailuresSurvived: adding a worker never lowers the failures survived (property)', () => {
  fc.assert(fc.property(validInput, fc.integer({ min: 1, max: 5 }), (input, extra) => {
    const r = computeHa(input);
    const more = { ...r.layout, workers: r.layout.workers + extra };
    assert.ok(machineFailuresSurvived(more, input.replicas).plan >= r.survival.plan);
  }), { numRuns: 300 });
});

test('computeHa: quorum arithmetic holds for the chosen etcd size (property)', () => {
  fc.assert(fc.property(validInput, (input) => {
    const { etcd } = computeHa(input);
    assert.equal(etcd.quorum, Math.floor(etcd.members / 2) + 1);
    assert.equal(etcd.failuresTolerated, etcd.members - quorum(etcd.members));
    assert.equal(etcd.failuresTolerated, failuresTolerated(etcd.members));
    assert.ok(etcd.members % 2 === 1 && etcd.members <= 7);
  }), { numRuns: 200 });
});
