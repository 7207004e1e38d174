/**
 * Starts Debian's nginx over a build with deploy/nginx.conf, the local wrapper around the shared server snippet
 * deploy/nginx/k8s-or-die.conf, for `npm run serve:nginx`, the nginx end-to-end spec and the nginx benchmark.
 * nginx has no environment substitution, so this writes a copy of the wrapper into a private prefix folder with its
 * three marked lines set (port, absolute root, base path) and the snippet's include made absolute; pid, logs and
 * temp files live in that folder. A build for a sub-path is served from a root folder that holds the sub-path as a
 * link to the build, as a real host would lay it out.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEPLOY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../deploy');
/** Where Debian's libnginx-mod-http-brotli-static puts the module that deploy/nginx.conf loads. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface WrapperValues { port: number; root: string; base: string; deployDir: string }

/**
 * deploy/nginx.conf with the lines marked `# k8s-or-die: port|root|base` set to these values and its includes made
 * absolute. Throws, naming the marker, when the wrapper lacks one, so a change to the wrapper cannot go unnoticed.
 */
export function localWrapper(template: string, values: WrapperValues): string {
  const set: Record<string, string> = {
    port: `listen 127.0.0.1:${values.port};`,
    root: `root ${values.root};`,
    base: `set $k8s_base ${values.base};`,
  };
  let out = template;
  for (const [marker, directive] of Object.entries(set)) {
    const line = new RegExp(`^(\\s*)[^#\\n]*;(\\s*# k8s-or-die: ${marker})$`, 'm');
    if (!line.test(out)) throw new Error(`deploy/nginx.conf has no line marked "# k8s-or-die: ${marker}"`);
    out = out.replace(line, `$1${directive}$2`);
  }
  if (!/^\s*include nginx\/k8s-or-die\.conf;/m.test(out)) throw new Error('deploy/nginx.conf does not include nginx/k8s-or-die.conf');
  return out.replace(/^(\s*include )nginx\//gm, `$1${values.deployDir}/nginx/`);
}

/** The nginx binary: NGINX_BIN, or nginx on the PATH, or Debian's /usr/sbin/nginx (not on a normal user's PATH). */
export function findNginx(): string {
  const candidates = [process.env.NGINX_BIN, ...(process.env.PATH ?? '').split(':').map((dir) => dir && path.join(dir, 'nginx')), '/usr/sbin/nginx'];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try { accessSync(candidate, constants.X_OK); return candidate; } catch { /* next */ }
  }
  throw new Error("nginx is not installed: install Debian's nginx package (apt-get install nginx libnginx-mod-http-brotli-static); .ci/run does this on CI");
}

/** Fails with the package to install when the Brotli module deploy/nginx.conf loads is missing. */
export function checkBrotliModule(): void {
  if (!existsSync(BROTLI_MODULE)) {
    throw new Error(`nginx's Brotli module is missing (${BROTLI_MODULE}): install Debian's libnginx-mod-http-brotli-static (apt-get install libnginx-mod-http-brotli-static); .ci/run does this on CI`);
  }
}

/** nginx started as root runs its workers as nobody: every folder down to the build must let others in. */
function checkWorkersCanRead(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let at = dir; ; at = path.dirname(at)) {
    if ((statSync(at).mode & 0o005) !== 0o005) {
      throw new Error(`nginx's workers run as nobody when nginx starts as root, and cannot read ${at}: chmod o+rx it, or serve as another user`);
    }
    if (at === path.dirname(at)) return;
  }
}

/** A free loopback port (the kernel picks one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningNginx {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** The site's address: origin plus base path. */
  url: string;
  child: ChildProcess;
  /** Graceful stop (SIGQUIT), then the prefix folder is removed. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The build to serve (absolute). */
  outDir: string;
  /** The base path it was built for: "/" or "/sub/". */
  base: string;
  port: number;
  /** Where nginx's own messages go: 'inherit' (the terminal) or 'pipe' (kept, and shown if it fails to start). */
  stdio?: 'inherit' | 'pipe';
  /**
   * Run nginx in a process group of its own, so Ctrl-C in a terminal reaches only the caller, which then stops nginx
   * gracefully (nginx takes SIGINT as "stop now").
   */
  detached?: boolean;
}

/** Starts nginx in the foreground (daemon off) and resolves once it answers on the base path. */
export async function startNginx(options: StartOptions): Promise<RunningNginx> {
  const nginx = findNginx();
  checkBrotliModule();
  if (!existsSync(path.join(options.outDir, 'index.html'))) throw new Error(`${options.outDir} holds no build: run npm run build first`);
  const prefix = mkdtempSync(path.join(tmpdir(), 'k8s-or-die-nginx-'));
  chmodSync(prefix, 0o755);
  mkdirSync(path.join(prefix, '.nginx'));
  let root = options.outDir;
  if (options.base !== '/') {
    root = path.join(prefix, 'root');
    const link = path.join(root, options.base);
    mkdirSync(path.dirname(link.replace(/\/$/, '')), { recursive: true });
    symlinkSync(options.outDir, link.replace(/\/$/, ''));
  }
  checkWorkersCanRead(options.outDir);
  const template = readFileSync(path.join(DEPLOY_DIR, 'nginx.conf'), 'utf8');
  const config = path.join(prefix, 'nginx.conf');
  writeFileSync(config, localWrapper(template, { port: options.port, root, base: options.base, deployDir: DEPLOY_DIR }));

  const test = spawnSync(nginx, ['-p', `${prefix}/`, '-e', 'stderr', '-c', config, '-t', '-q'], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  }
  const child = spawn(nginx, ['-p', `${prefix}/`, '-e', 'stderr', '-c', config, '-g', 'daemon off;'], {
    stdio: ['ignore', options.stdio ?? 'pipe', options.stdio ?? 'pipe'],
    detached: options.detached ?? false,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => { output += chunk; });
  child.stderr?.on('data', (chunk) => { output += chunk; });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${options.port}`;
  const running: RunningNginx = {
    origin,
    url: `${origin}${options.base}`,
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(running.url, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.ok) return running;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await running.stop();
  throw new Error(`nginx did not start serving ${running.url}:\n${output}`);
}
