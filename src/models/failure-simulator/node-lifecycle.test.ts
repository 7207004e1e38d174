import { test } from 'node:test';
import assert from 'node:assert/strict';
import { taintTimes, zoneHealth, zoneState } from './node-lifecycle.ts';

// ComputeZoneState and setLimiterInZone in kubernetes/kubernetes pkg/controller/nodelifecycle/node_lifecycle_controller.go,
// with the kube-controller-manager defaults: --unhealthy-zone-threshold 0.55 (and more than 2 NotReady),
// --node-eviction-rate 0.1, --secondary-node-eviction-rate 0.01, --large-cluster-size-threshold 50 (compared with the zone's size).
const states: Array<[string, number, number, string]> = [
  ['no NotReady node', 10, 0, 'normal'],
  ['2 of 3 NotReady: not more than 2, so normal', 3, 2, 'normal'],
  ['3 of 10 NotReady (30%)', 10, 3, 'normal'],
  ['6 of 10 NotReady (60%, more than 2)', 10, 6, 'partial'],
  ['exactly 55%: 11 of 20', 20, 11, 'partial'],
  ['every node NotReady', 4, 4, 'full'],
  ['a one-node zone whose node is NotReady', 1, 1, 'full'],
];
for (const [name, nodes, notReady, expected] of states) {
  test(`zoneState: ${name} is ${expected}`, () => assert.equal(zoneState(nodes, notReady), expected));
}

const rates: Array<[string, Array<{ zone: number; nodes: number; notReady: number }>, number[]]> = [
  ['a healthy zone evicts at the normal rate', [{ zone: 0, nodes: 10, notReady: 1 }], [0.1]],
  ['a fully disrupted zone beside a healthy one evicts at the normal rate', [{ zone: 0, nodes: 5, notReady: 5 }, { zone: 1, nodes: 5, notReady: 0 }], [0.1, 0.1]],
  ['a partly disrupted zone of at most 50 nodes evicts nothing', [{ zone: 0, nodes: 50, notReady: 40 }, { zone: 1, nodes: 5, notReady: 0 }], [0, 0.1]],
  ['a partly disrupted zone of more than 50 nodes evicts at the secondary rate', [{ zone: 0, nodes: 51, notReady: 40 }], [0.01]],
  ['every zone fully disrupted: no evictions anywhere', [{ zone: 0, nodes: 3, notReady: 3 }, { zone: 1, nodes: 4, notReady: 4 }], [0, 0]],
  ['a zone with no nodes is left out', [{ zone: 0, nodes: 0, notReady: 0 }, { zone: 1, nodes: 3, notReady: 3 }], [0]],
];
for (const [name, zones, expected] of rates) {
  test(`zoneHealth: ${name}`, () => {
    const health = zoneHealth(zones);
    assert.deepEqual(health.map((z) => z.rate), expected);
    assert.ok(health.every((z) => z.reason.length > 20));
  });
}

test('taintTimes: the bucket starts full (burst 1), so the first node is tainted when NotReady, then one per 1/rate seconds', () => {
  assert.deepEqual(taintTimes(3, 0.1), [50, 60, 70]);
  assert.deepEqual(taintTimes(2, 0.01), [50, 150]);
  assert.deepEqual(taintTimes(2, 0), [null, null]);
});
