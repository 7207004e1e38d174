/**
 * Benchmark of the calculator models: compute time for 10,000 random valid inputs each, reported as
 * percentiles. Target: p95 under 1 ms per compute. Run with `npm run bench`; exits 1 if a model misses it.
 * Not part of `npm test`: wall-clock numbers on a shared machine are too noisy to fail a test suite on.
 * Inputs come from the same generator as the property tests (src/models/arbitraries.ts), with a fixed seed.
 */
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { arbitrariesOf } from '../src/models/arbitraries.ts';
import { models } from '../src/models/registry.ts';

const RUNS = 10_000;
const TARGET_P95_MS = 1;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

let failed = false;
for (const model of models) {
  const inputs: unknown[] = [];
  // Cross-field checks reject some valid-looking combinations: draw batches until there are enough valid inputs.
  for (let seed = 42; inputs.length < RUNS && seed < 42 + 50; seed++) {
    for (const params of fc.sample(arbitrariesOf(model).valid, { numRuns: RUNS, seed })) {
      const input = model.parse(params).input;
      if (input !== null && inputs.length < RUNS) inputs.push(input);
    }
  }
  if (inputs.length < RUNS) { console.error(`${model.id}: only ${inputs.length} valid random inputs found`); failed = true; continue; }
  const compute = model.compute as (input: unknown) => unknown;
  for (const input of inputs.slice(0, 500)) compute(input); // warm up the JIT
  const times = inputs.map((input) => {
    const start = performance.now();
    compute(input);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
  const ok = p95 < TARGET_P95_MS;
  failed ||= !ok;
  console.log(`${model.id.padEnd(20)} ${RUNS} inputs  p50 ${p50.toFixed(4)} ms  p95 ${p95.toFixed(4)} ms  p99 ${p99.toFixed(4)} ms  max ${times.at(-1)!.toFixed(3)} ms  ${ok ? 'ok' : `MISSES the p95 < ${TARGET_P95_MS} ms target`}`);
}
process.exit(failed ? 1 : 0);
