import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportFormats } from './formats.ts';
import { GENERATORS } from './generate.ts';
import { sized } from './test-plans.ts';

// Two plans' files, reviewed by hand against the tools' references once and kept in golden/: a stacked plan of 3
// control-plane machines and 6 workers over 3 zones, and an external-etcd plan (2 + 3 etcd + 6 workers, 3 zones).
// A change to any export shows here as a diff to review. After reviewing it, rewrite the files with
//   UPDATE_GOLDEN=1 node --test src/models/ha-cluster/export/golden.test.ts

const GOLDEN = path.join(import.meta.dirname, 'golden');
const PLANS = {
  'stacked-3cp-6w-3z': { zones: '3', replicas: '28' },
  'external-2cp-3etcd-6w-3z': { topology: 'external', zones: '3', replicas: '28' },
};

for (const [plan, params] of Object.entries(PLANS)) {
  for (const format of exportFormats) {
    test(`golden: the ${format} export of the ${plan} plan is the reviewed file`, () => {
      const file = path.join(GOLDEN, `${plan}.${format}.yaml`);
      const text = GENERATORS[format](sized(params).plan);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
      assert.equal(text, readFileSync(file, 'utf8'), `${path.relative(process.cwd(), file)} differs; review, then rewrite it with UPDATE_GOLDEN=1`);
    });
  }
}
