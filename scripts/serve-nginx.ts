/**
 * `npm run serve:nginx`: Debian's nginx in the foreground over the build (OUT_DIR, default dist/, built for BASE_PATH),
 * with deploy/nginx.conf and the server snippet production uses, on http://127.0.0.1:$PORT (default 8080), so the
 * real headers can be seen locally (`curl -I`). Ctrl-C stops nginx gracefully and removes its temporary folder.
 */
import path from 'node:path';
import { normaliseBase } from '../src/lib/base-path.ts';
import { startNginx } from './nginx/start-nginx.ts';

const port = Number(process.env.PORT ?? 8080);
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = normaliseBase(process.env.BASE_PATH);

let nginx;
try {
  nginx = await startNginx({ outDir, base, port, stdio: 'inherit', detached: true });
} catch (error) {
  console.error(`serve:nginx: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`serve:nginx: ${nginx.url} (nginx, deploy/nginx.conf over ${path.relative(process.cwd(), outDir) || '.'}); Ctrl-C stops it`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  await nginx.stop();
  console.log(`serve:nginx: stopped (${signal})`);
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
nginx.child.once('exit', (code, signal) => {
  if (stopping) return;
  console.error(`serve:nginx: nginx exited (${signal ?? `code ${code}`})`);
  void nginx.stop().then(() => process.exit(1));
});
