// The nginx tests (e2e/nginx.spec.ts, scripts/deploy/container.test.ts) need Debian's nginx and its Brotli module.
// `npm test` checks for them first and stops with the package to install: never a silent skip. .ci/run installs them.
import { checkBrotliModule, findNginx } from './nginx/start-nginx.ts';

try {
  findNginx();
  checkBrotliModule();
} catch (error) {
  console.error(`npm test: ${(error as Error).message}`);
  process.exit(1);
}
