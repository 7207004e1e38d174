/**
 * `npm run bench:nginx` (also the last part of `npm run bench`): the nginx load run of e2e/nginx.spec.ts, on its own.
 * Serves the build (OUT_DIR, default dist/; run `npm run build` first) with deploy/nginx.conf on a free loopback port
 * (NGINX_PORT to choose one), sends 20,000 requests (LOAD_REQUESTS) over every page, and prints throughput and p99.
 * Exits 1 only on errors or non-2xx answers: the timings are reported, not judged.
 */
import path from 'node:path';
import { normaliseBase } from '../src/lib/base-path.ts';
import { builtRoutes } from '../e2e/support/built-site.ts';
import { describeLoadRun, loadRun } from './nginx/load-run.ts';
import { freePort, startNginx } from './nginx/start-nginx.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = normaliseBase(process.env.BASE_PATH);
const port = Number(process.env.NGINX_PORT ?? 0) || await freePort();
const amount = Number(process.env.LOAD_REQUESTS ?? 20_000);

const nginx = await startNginx({ outDir, base, port });
try {
  const paths = builtRoutes().map((route) => `${base}${route}`);
  const result = await loadRun({ origin: nginx.origin, paths, amount });
  console.log(`nginx ${describeLoadRun(result, paths.length)}`);
  process.exitCode = result.errors + result.timeouts + result.non2xx === 0 ? 0 : 1;
} finally {
  await nginx.stop();
}
