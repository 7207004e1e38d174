import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cores, dec, int, mib, num, pct, plural } from './format.ts';

test('numbers read the same in every style, however often a style is reused', () => {
  for (let round = 0; round < 2; round++) {
    assert.equal(int(1234.5), '1,235');
    assert.equal(int(-0.2), '-0');
    assert.equal(dec(3.919), '3.92');
    assert.equal(dec(2, 1), '2.0');
    assert.equal(dec(1234.5, 0), '1,235');
    assert.equal(num(0.5), '0.5');
    assert.equal(num(1024), '1,024');
    assert.equal(num(1 / 3), '0.333');
    assert.equal(num(1 / 3, 1), '0.3');
    assert.equal(pct(12.46), '12.5%');
    assert.equal(plural(1, 'machine'), '1 machine');
    assert.equal(plural(3000, 'machine'), '3,000 machines');
    assert.equal(mib(-5), '0 MiB');
    assert.equal(mib(1024.9), '1,024 MiB');
    assert.equal(cores(3.919), '3.92 cores');
  }
});
