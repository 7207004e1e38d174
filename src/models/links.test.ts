import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureSimulator } from './failure-simulator/index.ts';
import { haCluster } from './ha-cluster/index.ts';
import { simulatorParams } from './ha-cluster/simulator-link.ts';

// Links from one calculator to another: the parameters one model builds must parse in the other.
const plan = (params: Record<string, string>) => {
  const input = haCluster.parse(params).input!;
  return simulatorParams(input, haCluster.compute(input));
};

test('simulatorParams: the default plan opens in the simulator as valid input', () => {
  const link = plan({});
  assert.ok('params' in link);
  assert.deepEqual(failureSimulator.parse({ ...link.params }).errors, {});
  assert.equal(link.params.workers, '6');
  assert.equal(link.params.podsPerMachine, '7');
});

test('simulatorParams: converged plans pass what a converged machine holds (6), not a worker (7)', () => {
  const link = plan({ topology: 'converged', replicas: '12' });
  assert.ok('params' in link);
  assert.equal(link.params.podsPerMachine, '6');
  assert.deepEqual(failureSimulator.parse({ ...link.params }).errors, {});
});

test('simulatorParams: a plan with more workers than the simulator draws gets a reason instead of a broken link', () => {
  const link = plan({ replicas: '2000' });
  assert.ok('reason' in link);
  assert.match(link.reason, /at most 100 workers; this plan has 287/);
});
