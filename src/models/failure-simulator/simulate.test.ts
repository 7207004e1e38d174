import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anySimParams } from './arbitrary.ts';
import { failureSimulator } from './index.ts';
import type { SimInput } from './inputs.ts';
import { simulate } from './simulate.ts';
import { explain, summary } from './explain.ts';
import { timelineEvents } from './timeline.ts';
import { simPresets } from './presets.ts';

const input = (params: Record<string, string>): SimInput => {
  const parsed = failureSimulator.parse(params);
  assert.deepEqual(parsed.errors, {});
  return parsed.input!;
};
const preset = (id: string, extra: Record<string, string> = {}) => input({ ...simPresets.find((p) => p.id === id)!.values, ...extra } as Record<string, string>);

// Scenarios named after the mechanism they check, each citing its source. Timings: timings.ts (lease 15 s + retry 2 s,
// --node-monitor-grace-period 50 s since kubernetes PR #126287, toleration 300 s). Eviction limits: node-lifecycle.ts
// (node_lifecycle_controller.go: --node-eviction-rate 0.1/s per zone, --secondary-node-eviction-rate 0.01/s,
// --unhealthy-zone-threshold 0.55 with more than 2 NotReady, --large-cluster-size-threshold 50). StatefulSets and the
// out-of-service taint: kubernetes.io "Force Delete StatefulSet Pods" and "Node Shutdowns" (non-graceful, GA in 1.28).
// Taints follow machine order within a zone, the first at once (the rate limiter's bucket starts full).
const scenarios: Array<{ name: string; input: SimInput; expect: Partial<Record<string, unknown>> }> = [
  { name: 'no fault: quorum held, cp-1 leads, every pod runs', input: input({}),
    expect: { quorum: true, api: true, scheduler: 'cp-1', running: 12, pending: 0, canSchedule: true } },
  { name: 'converged, cp-1 fails: its 4 pods stop at once and the leases are not yet taken over (leader election flags)', input: preset('lose-one-of-three'),
    expect: { quorum: true, api: true, scheduler: 'none', controllerManager: 'none', running: 8, lost: 4, canSchedule: false } },
  { name: 'converged, cp-1 fails, 17 s later: cp-2 leads after the 15 s lease and a 2 s retry', input: preset('lose-one-of-three', { at: '17' }),
    expect: { scheduler: 'cp-2', controllerManager: 'cp-2', running: 8, canSchedule: true } },
  { name: 'Deployment, before the toleration ends (349 s = 50 s grace + 299 s): the pods are still lost', input: preset('lose-one-of-three', { at: '349' }),
    expect: { running: 8, lost: 4, stuck: 0 } },
  { name: 'Deployment, at 350 s: a lone failed node in a fully disrupted zone, others healthy, is tainted at 50 s; its pods are evicted and replaced', input: preset('lose-one-of-three', { at: '350' }),
    expect: { running: 12, pending: 0, lost: 0, stuck: 0 } },
  { name: 'StatefulSet, before the toleration ends: lost, not yet counted as stuck', input: preset('lose-one-of-three', { workload: 'statefulset', at: '349' }),
    expect: { running: 8, lost: 4, stuck: 0 } },
  { name: 'StatefulSet, after the toleration: evicted pods stay Terminating and are not replaced (Force Delete StatefulSet Pods)', input: preset('lose-one-of-three', { workload: 'statefulset', at: '1800' }),
    expect: { running: 8, lost: 4, stuck: 4 } },
  { name: 'StatefulSet, out-of-service taint at 600 s: still stuck until pod GC force-deletes them within 20 s', input: preset('lose-one-of-three', { workload: 'statefulset', outOfService: '600', at: '619' }),
    expect: { running: 8, stuck: 4 } },
  { name: 'StatefulSet, out-of-service taint at 600 s: by 620 s the pods are force-deleted, volumes detached, and started elsewhere', input: preset('lose-one-of-three', { workload: 'statefulset', outOfService: '600', at: '620' }),
    expect: { running: 12, lost: 0, stuck: 0 } },
  { name: 'StatefulSet, out-of-service taint at 100 s, before eviction: pods deleted at once, recreated after one pod GC pass (120 s)', input: preset('lose-one-of-three', { workload: 'statefulset', outOfService: '100', at: '120' }),
    expect: { running: 12, stuck: 0 } },
  { name: 'StatefulSet, out-of-service taint at 10 s: pod GC waits for NotReady (50 s), so the pods start by 70 s', input: preset('lose-one-of-three', { workload: 'statefulset', outOfService: '10', at: '69' }),
    expect: { running: 8, stuck: 4 } },
  { name: 'Deployment, out-of-service taint at 100 s: the taint\'s NoExecute deletes the pods at once; replacements start then', input: preset('lose-one-of-three', { outOfService: '100', at: '100' }),
    expect: { running: 12, lost: 0 } },
  { name: 'two of three control-plane machines fail: quorum lost, API down, but pods on workers keep serving', input: preset('lose-two-of-three', { at: '600' }),
    expect: { quorum: false, api: false, scheduler: 'none', running: 12, canSchedule: false } },
  { name: 'one zone fully down while the others are healthy: normal rate, cp-1 at 50 s, the two workers at 60 and 70 s; their pods back at 370 s', input: preset('zone-outage', { at: '370' }),
    expect: { quorum: true, api: true, scheduler: 'cp-2', running: 30, pending: 0 } },
  { name: 'one zone fully down: at 360 s only the first worker\'s pods are back', input: preset('zone-outage', { at: '360' }),
    expect: { running: 25, lost: 5 } },
  { name: 'normal zone, small cluster: 3 of 11 nodes NotReady (27%) is under 55%, so one taint every 10 s: 50, 60, 70 s', input: input({ workers: '30', replicas: '60', down: 'worker-1,worker-4,worker-7', at: '370' }),
    expect: { running: 60, lost: 0 } },
  { name: 'partly disrupted zone, small cluster: 7 of 11 NotReady (64%) in a zone of at most 50 nodes: no taints, no evictions', input: input({ workers: '30', replicas: '60', down: 'worker-1,worker-4,worker-7,worker-10,worker-13,worker-16,worker-19', at: '1800' }),
    expect: { running: 46, lost: 14, stuck: 0 } },
  { name: 'partly disrupted zone, large cluster: 40 of 63 NotReady in one zone of more than 50 nodes: one taint per 100 s, so at 460 s the first 2 nodes\' pods are back', input: input({ zones: '1', workers: '60', replicas: '120', down: Array.from({ length: 40 }, (_, i) => `worker-${i + 1}`).join(','), at: '460' }),
    expect: { running: 44, lost: 76 } },
  { name: 'split network: the majority side keeps quorum; cut-off pods keep running, and are replaced once their nodes are evicted', input: preset('split-brain', { at: '370' }),
    expect: { quorum: true, api: true, scheduler: 'cp-1', running: 20, cutOff: 10 } },
  { name: 'not enough room: replacements that do not fit wait as Pending', input: input({ workers: '3', podsPerMachine: '4', replicas: '12', down: 'worker-1', at: '400' }),
    expect: { running: 8, pending: 4, lost: 0 } },
  { name: 'external etcd: losing one API server of two keeps the API up', input: input({ topology: 'external', controlPlanes: '2', etcd: '3', down: 'cp-2' }),
    expect: { quorum: true, api: true, scheduler: 'cp-1' } },
  { name: 'external etcd: losing two of three etcd machines takes the API down though every API server is up', input: input({ topology: 'external', controlPlanes: '2', etcd: '3', down: 'etcd-1,etcd-2' }),
    expect: { quorum: false, api: false, canSchedule: false } },
];

for (const s of scenarios) {
  test(`simulate: ${s.name}`, () => {
    const r = simulate(s.input);
    const actual: Record<string, unknown> = {
      quorum: r.etcd.held, api: r.apiAvailable, scheduler: r.schedulerLeader, controllerManager: r.controllerManagerLeader,
      running: r.podsRunning, pending: r.podsPending, lost: r.podsLost, stuck: r.podsStuck, canSchedule: r.canSchedule, cutOff: r.podsCutOff,
    };
    for (const [key, value] of Object.entries(s.expect)) assert.equal(actual[key], value, key);
    assert.ok(explain(s.input, r).length > 0);
  });
}

test('summary: one line that stays the same while only the clock moves, and changes when pods come back', () => {
  const at = (seconds: number) => { const i = preset('lose-one-of-three', { at: String(seconds) }); return summary(i, simulate(i)); };
  assert.equal(at(0), 'etcd quorum held, API available, no scheduler leader, 8 of 12 pods running.');
  assert.equal(at(17), 'etcd quorum held, API available, cp-2 leads, 8 of 12 pods running.');
  for (const s of [18, 50, 100, 349]) assert.equal(at(s), at(17), `${s} s`);
  assert.equal(at(350), 'etcd quorum held, API available, cp-2 leads, 12 of 12 pods running.');
  const tight = input({ workers: '3', podsPerMachine: '4', replicas: '12', down: 'worker-1', at: '400' });
  assert.match(summary(tight, simulate(tight)), /8 of 12 pods running, 4 pending\.$/);
});

test('failureSimulator.parse: fault ids must exist in the layout', () => {
  const parsed = failureSimulator.parse({ down: 'worker-9' });
  assert.match(parsed.errors.down ?? '', /worker-9 is not in this layout, which has cp-1 to cp-3, worker-1 to worker-3/);
});
test('failureSimulator.parse: external etcd needs etcd machines, stacked needs none', () => {
  assert.match(failureSimulator.parse({ topology: 'external' }).errors.etcd ?? '', /at least one etcd machine/);
  assert.match(failureSimulator.parse({ etcd: '3' }).errors.etcd ?? '', /set 0/);
});

test('simulate: no exception, and every replica is running, pending or lost (property)', () => {
  fc.assert(fc.property(anySimParams, (params) => {
    const parsed = failureSimulator.parse(params);
    if (!parsed.input) return void assert.ok(Object.keys(parsed.errors).length > 0);
    const r = simulate(parsed.input);
    assert.equal(r.podsRunning + r.podsPending + r.podsLost, parsed.input.replicas);
    assert.ok(r.podsRunning >= 0 && r.podsPending >= 0 && r.podsLost >= 0);
    if (!r.etcd.held) assert.equal(r.apiAvailable, false, 'an API server with no etcd quorum is not available');
    if (!r.apiAvailable) assert.equal(r.schedulerLeader, 'none');
    if (r.canSchedule) assert.ok(r.apiAvailable);
    assert.ok(r.podsStuck <= r.podsLost, 'stuck pods are lost pods');
    if (parsed.input.workload === 'deployment') assert.equal(r.podsStuck, 0, 'a Deployment\'s pods are never stuck');
    const fates = r.machines.filter((m) => m.fate && m.podsBefore > 0 && !m.up);
    const at = parsed.input.at;
    const settled = fates.every((m) => m.fate!.deletedAt !== null && at >= m.fate!.deletedAt);
    if (r.canSchedule && parsed.input.workload === 'deployment' && settled) assert.equal(r.podsLost, 0, 'once every failed node\'s pods are evicted, every replica runs or waits as Pending');
    for (const m of fates) if (m.fate!.taintAt !== null) assert.ok(m.fate!.taintAt >= 50 && m.fate!.evictAt === m.fate!.taintAt + 300, 'evicted 300 s after the taint, tainted from 50 s');
    const events = timelineEvents(parsed.input, r);
    assert.deepEqual(events.map((e) => e.at), [...new Set(events.map((e) => e.at))].sort((a, b) => a - b), 'events in order, one per moment');
    assert.ok(events.every((e) => e.at <= 1800) && events[0].at === 0);
    const healthy = simulate({ ...parsed.input, down: [], partition: [] });
    assert.ok(r.podsRunning <= healthy.podsRunning, 'faults never add running pods');
    assert.ok(explain(parsed.input, r).length > 0);
  }), { numRuns: 1000 });
});
