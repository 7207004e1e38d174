import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { etcdMembersFor, failuresTolerated, quorum, spreadEvenly, survivesZoneLoss } from './quorum.ts';

// The etcd FAQ table (https://etcd.io/docs/v3.6/faq/): members, majority, failures tolerated.
const faqTable: Array<[number, number, number]> = [[1, 1, 0], [2, 2, 0], [3, 2, 1], [4, 3, 1], [5, 3, 2], [6, 4, 2], [7, 4, 3], [8, 5, 3], [9, 5, 4]];
for (const [members, majority, tolerated] of faqTable) {
  test(`quorum/failuresTolerated: ${members} members need ${majority} and tolerate ${tolerated} (etcd FAQ table)`, () => {
    assert.equal(quorum(members), majority);
    assert.equal(failuresTolerated(members), tolerated);
  });
}

test('failuresTolerated: an even size tolerates no more than the odd size below it (etcd FAQ)', () => {
  for (const n of [2, 4, 6, 8]) assert.equal(failuresTolerated(n), failuresTolerated(n - 1));
});

test('spreadEvenly: 5 members over 3 zones is 2, 2, 1', () => assert.deepEqual(spreadEvenly(5, 3), [2, 2, 1]));

const sizing: Array<[string, number, number, number, boolean]> = [
  ['one machine, no failures tolerated (the talk: one machine runs a cluster)', 0, 1, 1, false],
  ['tolerate 1 in one zone -> 3 (the talk: three machines for HA)', 1, 1, 3, false],
  ['tolerate 2 -> 5 (the FAQ suggestion)', 2, 1, 5, false],
  ['tolerate 3 -> 7 (the FAQ maximum)', 3, 1, 7, false],
  ['tolerate 1 over 2 zones: no size survives a zone loss', 1, 2, 3, false],
  ['tolerate 1 over 3 zones -> 3, one per zone, survives a zone loss', 1, 3, 3, true],
  ['tolerate 0 over 3 zones -> 3 so a zone loss is survived', 0, 3, 3, true],
  ['tolerate 2 over 3 zones -> 5 (2+2+1), survives a zone loss', 2, 3, 5, true],
  ['tolerate 1 over 4 zones -> 3 (1+1+1+0)', 1, 4, 3, true],
  ['tolerate 3 over 2 zones -> 7, zone loss still not survivable', 3, 2, 7, false],
];
for (const [name, tolerate, zones, members, zoneLoss] of sizing) {
  test(`etcdMembersFor: ${name}`, () => {
    const s = etcdMembersFor(tolerate, zones);
    assert.equal(s.members, members);
    assert.equal(s.zoneLossSurvived, zoneLoss);
  });
}

test('etcdMembersFor: always odd, at most 7, and tolerates what was asked (property)', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 5 }), (tolerate, zones) => {
    const s = etcdMembersFor(tolerate, zones);
    assert.equal(s.members % 2, 1);
    assert.ok(s.members <= 7);
    assert.ok(s.failuresTolerated >= tolerate);
    assert.equal(s.zoneLossSurvived, survivesZoneLoss(s.members, zones));
    if (zones === 2) assert.equal(s.zoneLossSurvived, false);
  }));
});
