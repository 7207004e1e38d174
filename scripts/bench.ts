/**
 * Benchmark of the calculator models: compute time for 10,000 random valid inputs each, reported as
 * percentiles. Target (issue 4): p95 under 1 ms per compute. Run with `npm run bench`; exits 1 if a model misses it.
 * Not part of `npm test`: wall-clock numbers on a shared machine are too noisy to fail a test suite on.
 */
import { performance } from 'node:perf_hooks';
import type { Fields } from '../src/models/shared/fields.ts';
import { models } from './bench-models.ts';

const RUNS = 10_000;
const TARGET_P95_MS = 1;

/** A random text for each field inside its limits (log-uniform for wide numeric ranges, so small values appear); lists are left to the model's `complete`. */
function randomParams(fields: Fields, rand: () => number): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, f] of Object.entries(fields)) {
    if (f.kind === 'choice') params[key] = f.options[Math.floor(rand() * f.options.length)].value;
    else if (f.kind === 'list' || f.kind === 'text') params[key] = '';
    else {
      const lo = Math.max(f.min, 0), hi = f.max;
      const wide = hi / Math.max(lo, 1) > 100;
      let v = wide ? Math.exp(Math.log(Math.max(lo, 0.001)) + rand() * (Math.log(hi) - Math.log(Math.max(lo, 0.001)))) : lo + rand() * (hi - lo);
      if (f.integer) v = Math.round(v);
      params[key] = String(Math.min(hi, Math.max(f.min, v)));
    }
  }
  return params;
}

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

let failed = false;
for (const model of models) {
  const rand = mulberry32(42);
  const inputs: unknown[] = [];
  for (let tries = 0; inputs.length < RUNS && tries < RUNS * 200; tries++) {
    const params = randomParams(model.fields, rand);
    const input = model.parse(model.complete ? model.complete(params, rand) : params);
    if (input !== null) inputs.push(input);
  }
  if (inputs.length < RUNS) { console.error(`${model.id}: only ${inputs.length} valid random inputs found`); failed = true; continue; }
  for (const input of inputs.slice(0, 500)) model.compute(input as never); // warm up the JIT
  const times = inputs.map((input) => {
    const start = performance.now();
    model.compute(input as never);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
  const ok = p95 < TARGET_P95_MS;
  failed ||= !ok;
  console.log(`${model.id.padEnd(20)} ${RUNS} inputs  p50 ${p50.toFixed(4)} ms  p95 ${p95.toFixed(4)} ms  p99 ${p99.toFixed(4)} ms  max ${times.at(-1)!.toFixed(3)} ms  ${ok ? 'ok' : `MISSES the p95 < ${TARGET_P95_MS} ms target`}`);
}
process.exit(failed ? 1 : 0);
