import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { calculatorIds } from '../src/calculator-ids.ts';
import { headersFor, parseHeadersFile } from '../scripts/nginx/headers-file.ts';
import { describeLoadRun, loadRun } from '../scripts/nginx/load-run.ts';
import { DEPLOY_DIR, freePort, startNginx, type RunningNginx } from '../scripts/nginx/start-nginx.ts';
import { BASE, OUT_DIR, builtRoutes, promisedRoutes } from './support/built-site.ts';
import { expect, test as base } from './support/fixtures.ts';
import { hydrated } from './support/page-helpers.ts';
import { startBlog, type Blog } from './support/wordpress-host.ts';

// The build served by Debian's nginx with deploy/nginx.conf and the shared snippet deploy/nginx/k8s-or-die.conf,
// started by the same code as `npm run serve:nginx`, once per worker on a free loopback port. Under BASE_PATH the
// build sits in its sub-path folder, as a host would lay it out.
const test = base.extend<object, { nginx: RunningNginx; blog: Blog }>({
  nginx: [async ({}, use) => {
    const nginx = await startNginx({ outDir: OUT_DIR, base: BASE, port: await freePort() });
    await use(nginx);
    await nginx.stop();
  }, { scope: 'worker' }],
  blog: [async ({}, use) => { const blog = await startBlog(); await use(blog); await blog.close(); }, { scope: 'worker' }],
  fixtureOrigins: async ({ nginx, blog }, use) => use([nginx.origin, blog.origin]),
});

interface Answer { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** One GET (or HEAD) with exactly this path and these headers: no normalising, no decompressing, no redirects. */
function get(nginx: RunningNginx, rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const { port } = new URL(nginx.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Every file of the build except the precompressed copies, relative to the output folder. */
const builtFiles = () => readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => !/\.(gz|br)$/.test(f) && statSync(path.join(OUT_DIR, f)).isFile()).sort();
/** The address a built file is asked for by: folders' index.html by the folder, with its slash. */
const urlOf = (file: string) => `${BASE}${file.replace(/(^|\/)index\.html$/, '$1')}`;
const isHashed = (file: string) => /^(_astro|pagefind\/fragment|pagefind\/index)\//.test(file);
const isEmbed = (file: string) => file.startsWith('embed/');

/** The Content-Type each kind of file must arrive with; a new kind fails the test until it is added here and to nginx. */
const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  wasm: 'application/wasm',
  png: 'image/png',
  zip: 'application/zip',
  woff2: 'font/woff2',
  pagefind: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
};

const SECURITY = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'strict-transport-security': 'max-age=31536000',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ISOLATION = ['cross-origin-opener-policy', 'cross-origin-embedder-policy', 'cross-origin-resource-policy'];

/** The headers that every answer carries, whatever its status. */
function expectSecurityHeaders(answer: Answer, what: string) {
  for (const [name, value] of Object.entries(SECURITY)) expect(answer.headers[name], `${name} on ${what}`).toBe(value);
  const permissions = String(answer.headers['permissions-policy']);
  expect(permissions, `Permissions-Policy on ${what}: the deck may go fullscreen`).toMatch(/(^|, )fullscreen=\(self\)(,|$)/);
  expect(permissions, `Permissions-Policy on ${what}: copy buttons may write the clipboard`).toMatch(/(^|, )clipboard-write=\(self\)(,|$)/);
}

/** Framing: embeds may be framed by anyone (no header at all); everything else only by the site itself. */
function expectFraming(answer: Answer, file: string) {
  if (isEmbed(file)) {
    expect(answer.headers['content-security-policy'], `no frame-ancestors on ${file}`).toBeUndefined();
    expect(answer.headers['x-frame-options'], `no X-Frame-Options on ${file}`).toBeUndefined();
  } else {
    expect(answer.headers['content-security-policy'], `the header CSP of ${file} is frame-ancestors only`).toBe("frame-ancestors 'self'");
    expect(answer.headers['x-frame-options'], `X-Frame-Options of ${file}`).toBe('SAMEORIGIN');
  }
}

test('every page answers 200 as UTF-8 HTML with the security headers, revalidates, keeps its script hashes in its meta and frames by route', async ({ nginx }) => {
  const routes = builtRoutes();
  expect(routes).toEqual(promisedRoutes());
  for (const route of routes) {
    const file = `${route}index.html`;
    const answer = await get(nginx, `${BASE}${route}`);
    expect(answer.status, route).toBe(200);
    expect(answer.headers['content-type'], route).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control'], route).toBe('no-cache');
    expectSecurityHeaders(answer, route);
    expectFraming(answer, file);
    expect(answer.body.toString('utf8'), `${route}: the page's own CSP meta keeps its script hashes`)
      .toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src [^"]*'sha256-/);
  }
});

test('every file of the build answers 200 with its content type and bytes; content-hashed files, and only they, are immutable', async ({ nginx }) => {
  const files = builtFiles();
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    const answer = await get(nginx, urlOf(file));
    expect(answer.status, file).toBe(200);
    const ext = file.split('.').pop()!;
    expect(CONTENT_TYPES[ext], `a content type for .${ext} files (${file})`).toBeDefined();
    expect(answer.headers['content-type'], file).toBe(CONTENT_TYPES[ext]);
    expect(answer.body.equals(readFileSync(path.join(OUT_DIR, file))), `${file} arrives unchanged`).toBe(true);
    expect(answer.headers['cache-control'], file).toBe(isHashed(file) ? IMMUTABLE : 'no-cache');
    expectSecurityHeaders(answer, file);
    expectFraming(answer, file);
    for (const name of ISOLATION) expect(answer.headers[name], `${name} on ${file}: embeds load in sandboxed frames`).toBeUndefined();
  }
  // The files that keep their name from build to build revalidate; the checks above covered them when present.
  for (const file of ['embed.js', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'sw.js', 'manifest.webmanifest']) {
    if (files.includes(file)) expect(isHashed(file), file).toBe(false);
  }
  expect(files.filter(isHashed).length, 'hashed files were seen').toBeGreaterThan(10);
});

test('deploy/_headers gives every file of the build the headers nginx sends, each from one rule only', async ({ nginx }) => {
  const rules = parseHeadersFile(readFileSync(path.join(DEPLOY_DIR, '_headers'), 'utf8'));
  const compared = ['cache-control', 'content-security-policy', 'x-frame-options', 'permissions-policy', ...Object.keys(SECURITY), ...ISOLATION];
  for (const file of builtFiles()) {
    const { headers, conflicts } = headersFor(rules, `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
    expect(conflicts, `${file}: a header set by two matching rules (hosts would join the values)`).toEqual([]);
    const answer = await get(nginx, urlOf(file));
    const fromNginx = Object.fromEntries(compared.filter((n) => answer.headers[n] !== undefined).map((n) => [n, answer.headers[n]]));
    const fromFile = Object.fromEntries(compared.filter((n) => headers.has(n)).map((n) => [n, headers.get(n)]));
    expect(fromFile, `deploy/_headers for ${file} (left) and nginx (right) agree`).toEqual(fromNginx);
  }
});

test("missing paths get the site's 404 page with status 404, never cached as immutable", async ({ nginx }) => {
  const page404 = readFileSync(path.join(OUT_DIR, '404.html'));
  const missing = [`${BASE}no-such-page/`, `${BASE}guide/no-such-chapter/`, `${BASE}_astro/no-such-file.js`, `${BASE}embed/no-such-calculator/`,
    `${BASE}pagefind/fragment/en_0000000.pf_fragment`, `${BASE}index.html.gz`, `${BASE}.git/config`, `${BASE}_astro/`];
  if (BASE !== '/') missing.push('/', '/elsewhere/');
  for (const url of missing) {
    const answer = await get(nginx, url);
    expect(answer.status, url).toBe(404);
    expect(answer.headers['content-type'], url).toBe('text/html; charset=utf-8');
    expect(answer.body.equals(page404), `${url} shows the site's 404 page`).toBe(true);
    expect(answer.headers['cache-control'], url).toBe('no-cache');
    expectSecurityHeaders(answer, url);
  }
});

test('precompressed Brotli and gzip copies are sent to clients that accept them, the file itself to others', async ({ nginx }) => {
  const compressed = builtFiles().filter((f) => statSafe(path.join(OUT_DIR, `${f}.br`)));
  expect(compressed.length, 'the build has Brotli copies (build step 3)').toBeGreaterThan(50);
  expect(compressed, 'the service worker, written after the rest, has its copies too').toContain('sw.js');
  for (const file of compressed) {
    const original = readFileSync(path.join(OUT_DIR, file));
    // Precompression keeps a copy only when it is smaller: a file without its .gz goes out as it is to gzip clients.
    const gzip = statSafe(path.join(OUT_DIR, `${file}.gz`)) ? readFileSync(path.join(OUT_DIR, `${file}.gz`)) : null;
    for (const [accept, encoding, body] of [
      ['br, gzip', 'br', readFileSync(path.join(OUT_DIR, `${file}.br`))],
      ['gzip', gzip ? 'gzip' : undefined, gzip ?? original],
      ['identity', undefined, original],
    ] as const) {
      const answer = await get(nginx, urlOf(file), { 'accept-encoding': accept });
      expect(answer.status, file).toBe(200);
      expect(answer.headers['content-encoding'], `${file} for Accept-Encoding: ${accept}`).toBe(encoding);
      expect(answer.body.equals(body), `${file} for Accept-Encoding: ${accept} is the ${encoding ?? 'plain'} file`).toBe(true);
      expect(answer.headers.vary, `${file}: caches keep one copy per encoding`).toMatch(/Accept-Encoding/i);
    }
  }
});

test('folders without their trailing slash are redirected, with a relative Location that keeps the query', async ({ nginx }) => {
  for (const route of builtRoutes().filter((r) => r !== '')) {
    const answer = await get(nginx, `${BASE}${route.slice(0, -1)}`);
    expect(answer.status, route).toBe(301);
    expect(answer.headers.location, route).toBe(`${BASE}${route}`);
  }
  const withQuery = await get(nginx, `${BASE}calculators/${calculatorIds[0]}?tolerate=2`);
  expect(withQuery.headers.location).toBe(`${BASE}calculators/${calculatorIds[0]}/?tolerate=2`);
  if (BASE !== '/') expect((await get(nginx, BASE.slice(0, -1))).headers.location).toBe(BASE);
});

test('absurd URLs and path traversal are refused cleanly: a 4xx, no file from outside the build, the security headers kept', async ({ nginx }) => {
  const absurd = ['/../../../../etc/passwd', `${BASE}../../../../etc/passwd`, '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', `${BASE}guide/..%2f..%2f..%2f..%2fetc%2fpasswd`,
    '/%00', `${BASE}index.html%00.js`, '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', '/..\\..\\..\\etc\\passwd', `/${'a'.repeat(10_000)}`,
    `${BASE}?${'x'.repeat(10_000)}=1`, '/etc/passwd', `${BASE}etc/passwd`, `${BASE}${'%ff'.repeat(100)}`, `${BASE}guide/./././../guide/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd`];
  for (const url of absurd) {
    const answer = await get(nginx, url);
    const what = url.slice(0, 60);
    expect([400, 404, 414], `${what} answers ${answer.status}`).toContain(answer.status);
    expect(answer.body.toString('latin1'), what).not.toMatch(/root:.*:0:0:/);
    expectSecurityHeaders(answer, what);
  }
  const post = await get(nginx, `${BASE}`, {}, 'POST');
  expect(post.status, 'a POST to a page').toBe(405);
});

test('in the browser through nginx: pages hydrate and search works under the header policy, and the deck may go fullscreen and copy', async ({ page, nginx }) => {
  await page.goto(`${nginx.url}calculators/${calculatorIds[0]}/`);
  await hydrated(page);
  const allowed = await page.evaluate(() => {
    const policy = (document as unknown as { featurePolicy?: { allowsFeature(f: string): boolean } }).featurePolicy;
    return { fullscreen: policy?.allowsFeature('fullscreen'), clipboardWrite: policy?.allowsFeature('clipboard-write') };
  });
  expect(allowed).toEqual({ fullscreen: true, clipboardWrite: true });

  // Pagefind fetches its entry file, WebAssembly and index chunks: each must arrive with a type the browser accepts.
  await page.goto(`${nginx.url}search/?q=quorum`);
  await expect(page.locator('.pagefind-ui__result-link').filter({ hasText: 'Architecture 101' }).first()).toBeVisible();
});

test.describe('framing, from a page on another origin', () => {
  test.use({ expectedConsoleErrors: [/Refused to (frame|display)|frame-ancestors|X-Frame-Options/] });
  test('an embed loads and hydrates in a sandboxed frame; any other page is refused', async ({ page, nginx, blog }) => {
    const id = calculatorIds[0];
    const post = blog.publish('/framing/', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framing</title></head><body>
      <iframe id="embed" sandbox="allow-scripts" title="embed" src="${nginx.url}embed/${id}/" width="400" height="600"></iframe>
      <iframe id="page" title="page" src="${nginx.url}calculators/${id}/" width="400" height="600"></iframe></body></html>`);
    await page.goto(post); // waits for the load event, which waits for both frames to load or be refused
    const embed = page.frameLocator('#embed');
    await expect(embed.locator(`[data-calculator="${id}"]`)).toBeVisible();
    await hydrated(embed);
    // The refused frame shows the browser's error page: no calculator, and not the page's address.
    expect(await page.frameLocator('#page').locator('[data-calculator]').count(), 'the calculator page must not render inside another origin').toBe(0);
    const pageFrame = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes('/embed/'));
    expect(pageFrame?.url()).not.toContain('/calculators/');
  });
});

test('a bounded load run over every page finishes with zero errors; it reports throughput and p99', { tag: '@root-only' }, async ({ nginx }, testInfo) => {
  test.setTimeout(180_000);
  const paths = builtRoutes().map((route) => `${BASE}${route}`);
  const result = await loadRun({ origin: nginx.origin, paths, amount: 20_000 });
  const line = describeLoadRun(result, paths.length);
  console.log(`nginx ${line}`);
  testInfo.annotations.push({ type: 'benchmark', description: line });
  expect(result.requests, 'requests completed').toBeGreaterThanOrEqual(20_000);
  expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
});

function statSafe(file: string): boolean {
  try { return statSync(file).isFile(); } catch { return false; }
}
