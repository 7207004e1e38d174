import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anySimParams } from './arbitrary.ts';
import { failureSimulator } from './index.ts';
import type { SimInput } from './inputs.ts';
import { simulate } from './simulate.ts';
import { explain, summary } from './explain.ts';
import { simPresets } from './presets.ts';

const input = (params: Record<string, string>): SimInput => {
  const parsed = failureSimulator.parse(params);
  assert.deepEqual(parsed.errors, {});
  return parsed.input!;
};
const preset = (id: string, extra: Record<string, string> = {}) => input({ ...simPresets.find((p) => p.id === id)!.values, ...extra } as Record<string, string>);

// Scenarios named after the mechanism they check; timings from timings.ts (lease 15 s + retry 2 s, grace 50 s, toleration 300 s).
const scenarios: Array<{ name: string; input: SimInput; expect: Partial<Record<string, unknown>> }> = [
  { name: 'no fault: quorum held, cp-1 leads, every pod runs', input: input({}),
    expect: { quorum: true, api: true, scheduler: 'cp-1', running: 12, pending: 0, canSchedule: true } },
  { name: 'converged, cp-1 fails: its 4 pods stop at once and the leases are not yet taken over', input: preset('lose-one-of-three'),
    expect: { quorum: true, api: true, scheduler: 'none', controllerManager: 'none', running: 8, lost: 4, canSchedule: false } },
  { name: 'converged, cp-1 fails, 17 s later: cp-2 leads after the 15 s lease and a 2 s retry', input: preset('lose-one-of-three', { at: '17' }),
    expect: { scheduler: 'cp-2', controllerManager: 'cp-2', running: 8, canSchedule: true } },
  { name: 'converged, cp-1 fails, 349 s later: still within the 300 s toleration after the 50 s grace', input: preset('lose-one-of-three', { at: '349' }),
    expect: { running: 8, lost: 4 } },
  { name: 'converged, cp-1 fails, 350 s later: the pods are evicted and recreated on survivors', input: preset('lose-one-of-three', { at: '350' }),
    expect: { running: 12, pending: 0, lost: 0 } },
  { name: 'two of three control-plane machines fail: quorum lost, API down, but pods on workers keep serving', input: preset('lose-two-of-three', { at: '600' }),
    expect: { quorum: false, api: false, scheduler: 'none', running: 12, canSchedule: false } },
  { name: 'a zone fails: 10 pods stop, then come back on the other zones at 350 s', input: preset('zone-outage', { at: '350' }),
    expect: { quorum: true, api: true, scheduler: 'cp-2', running: 30, pending: 0 } },
  { name: 'split network: the majority side keeps quorum; cut-off pods keep running and are replaced', input: preset('split-brain', { at: '350' }),
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
      running: r.podsRunning, pending: r.podsPending, lost: r.podsLost, canSchedule: r.canSchedule, cutOff: r.podsCutOff,
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
    if (r.canSchedule && parsed.input.at >= 350) assert.ok(r.evicted, 'a working control plane evicts at 350 s');
    if (r.evicted) assert.equal(r.podsLost, 0, 'after eviction every replica runs or waits as Pending');
    const healthy = simulate({ ...parsed.input, down: [], partition: [] });
    assert.ok(r.podsRunning <= healthy.podsRunning, 'faults never add running pods');
    assert.ok(explain(parsed.input, r).length > 0);
  }), { numRuns: 1000 });
});
