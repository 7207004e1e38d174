/**
 * A bounded load run against a running server: a fixed number of GET requests (not a duration), spread in turn over
 * the given paths by a few keep-alive connections, as a browser asks (Accept-Encoding: br, gzip). It reports what
 * happened: errors and non-2xx answers (which the nginx spec requires to be zero), throughput and latency
 * percentiles (which are printed, never asserted: wall-clock numbers on a shared machine are too noisy).
 */
import autocannon from 'autocannon';

export interface LoadRunResult {
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  seconds: number;
  /** Completed requests per second, over the whole run. */
  throughput: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  max: number;
  /** Response bytes per second, mean. */
  bytesPerSecond: number;
}

export interface LoadRunOptions { origin: string; paths: readonly string[]; amount?: number; connections?: number }

/** Completes at least `amount` requests (default 20,000) over `paths` and summarises the run. */
export async function loadRun({ origin, paths, amount = 20_000, connections = 8 }: LoadRunOptions): Promise<LoadRunResult> {
  if (paths.length === 0) throw new Error('a load run needs at least one path');
  const result = await autocannon({
    url: origin,
    connections,
    // autocannon stops once it has sent `amount` and drops the answers still in flight (one or two per connection).
    amount: amount + connections * 4,
    timeout: 10,
    headers: { 'accept-encoding': 'br, gzip' },
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  const done = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    requests: done,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    seconds: result.duration,
    throughput: done / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    bytesPerSecond: result.throughput.average,
  };
}

/** One line for a log: the numbers a reader of the benchmark wants. */
export const describeLoadRun = (r: LoadRunResult, pages: number) =>
  `load run: ${r.requests} requests over ${pages} pages in ${r.seconds.toFixed(1)} s: ${Math.round(r.throughput)} requests/s, `
  + `latency p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms, ${(r.bytesPerSecond / 1024 / 1024).toFixed(1)} MB/s; `
  + `${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`;
