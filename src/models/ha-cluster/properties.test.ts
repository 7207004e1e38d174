import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeHa } from './compute.ts';
import type { HaInput } from './inputs.ts';
import { haCluster } from './index.ts';
import { machineFailuresSurvived, workloadFailuresTolerated, workloadFits, zoneLoss, type Layout } from './plan.ts';
import { anyParams, validParams } from '../shared/arbitrary-params.ts';
import { failuresTolerated, quorum } from '../shared/quorum.ts';

/** Valid inputs: the shared generator's valid text for every field, kept when the cross-field checks pass too. */
const validInput = validParams(haCluster.fields).map((p) => haCluster.parse(p).input).filter((i): i is HaInput => i !== null);

test('haCluster.parse + computeHa: no exception for any text in any parameter (property)', () => {
  fc.assert(fc.property(anyParams(haCluster.fields), (params) => {
    const parsed = haCluster.parse(params as Record<string, string>);
    if (parsed.input) {
      const r = computeHa(parsed.input);
      assert.ok(Number.isFinite(r.totalMachines) && r.totalMachines >= r.controlPlaneMachines);
    } else assert.ok(Object.keys(parsed.errors).length > 0);
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

/** Machines of one kind added to a computed plan's layout; etcd holders only in counts that keep the member count odd. */
const grown = fc.tuple(validInput, fc.constantFrom('worker', 'control-plane', 'etcd'), fc.integer({ min: 1, max: 3 })).map(([input, kind, n]) => {
  const before = computeHa(input).layout;
  const holdsEtcd = kind === 'etcd' || (kind === 'control-plane' && before.etcdOnControlPlane);
  const extra = holdsEtcd ? 2 * n : n;
  const after: Layout = kind === 'worker' ? { ...before, workers: before.workers + extra }
    : kind === 'control-plane' ? { ...before, controlPlanes: before.controlPlanes + extra, etcdMembers: before.etcdMembers + (before.etcdOnControlPlane ? extra : 0) }
      : before.etcdOnControlPlane ? { ...before, controlPlanes: before.controlPlanes + extra, etcdMembers: before.etcdMembers + extra }
        : { ...before, etcdMembers: before.etcdMembers + extra };
  return { input, before, after };
});

test('machineFailuresSurvived: adding any machines (workers, control plane, etcd members) never lowers the failures survived (property)', () => {
  fc.assert(fc.property(grown, fc.boolean(), ({ input, before, after }, oneMore) => {
    // One more etcd holder than `grown` adds (an even member count) is allowed here too: survival only counts failures.
    const l = oneMore && after.etcdMembers > before.etcdMembers
      ? { ...after, etcdMembers: after.etcdMembers + 1, controlPlanes: after.controlPlanes + (after.etcdOnControlPlane ? 1 : 0) } : after;
    const a = machineFailuresSurvived(before, input.replicas);
    const b = machineFailuresSurvived(l, input.replicas);
    for (const part of ['etcd', 'apiServers', 'workload', 'plan'] as const) assert.ok(b[part] >= a[part], part);
  }), { numRuns: 300 });
});

test('machineFailuresSurvived: an even etcd member count survives no more failures than the odd count below it (property)', () => {
  fc.assert(fc.property(fc.constantFrom(1, 3, 5, 7), (odd) => {
    const l: Layout = { zones: 1, etcdMembers: odd, etcdOnControlPlane: false, controlPlanes: 2, workers: 3, controlPlanePods: 0, workerPods: 10 };
    assert.equal(machineFailuresSurvived({ ...l, etcdMembers: odd + 1 }, 1).etcd, machineFailuresSurvived(l, 1).etcd);
  }));
});

test('zoneLoss: adding workers, or etcd members two at a time (odd counts), never loses a zone loss the plan survived (property)', () => {
  fc.assert(fc.property(grown, ({ input, before, after }) => {
    const a = zoneLoss(before, input.replicas);
    const b = zoneLoss(after, input.replicas);
    if (a.survived) assert.ok(b.survived, JSON.stringify({ before, after }));
  }), { numRuns: 300 });
});

test('zoneLoss: a fourth stacked control-plane machine over three zones loses the zone loss that three survived', () => {
  const three: Layout = { zones: 3, etcdMembers: 3, etcdOnControlPlane: true, controlPlanes: 3, workers: 3, controlPlanePods: 0, workerPods: 10 };
  assert.equal(zoneLoss(three, 10).survived, true);
  assert.equal(zoneLoss({ ...three, etcdMembers: 4, controlPlanes: 4 }, 10).etcd, false, 'two of four members in one zone: the other two are not a quorum of three');
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
