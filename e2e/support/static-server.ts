import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

/**
 * A plain static server for a build folder, mounted at the base path, that a spec can stop: the offline spec takes the
 * network away by closing it (a service worker answers requests Playwright's routing never sees).
 */
export interface StaticServer { origin: string; close: () => Promise<void> }

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

/**
 * `holdAfter`: HTML pages arrive as a slow network delivers them, in pieces: the response pauses `holdMs` after the
 * first match of each of these patterns, in turn, so the browser can draw what it has parsed so far.
 */
export interface ServeOptions { holdAfter?: RegExp[]; holdMs?: number }

export async function serveFolder(dir: string, base: string, port: number, { holdAfter = [], holdMs = 0 }: ServeOptions = {}): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = pathname.startsWith(base) ? path.join(dir, pathname.slice(base.length)) : '';
    if (file && pathname.endsWith('/')) file = path.join(file, 'index.html');
    let body: Buffer | null = null;
    try { if (file.startsWith(dir) && statSync(file).isFile()) body = readFileSync(file); } catch { /* answered 404 below */ }
    if (!body) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'); return; }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    if (path.extname(file) !== '.html' || holdAfter.length === 0) { res.end(body); return; }
    let text = body.toString('utf8');
    for (const pattern of holdAfter) {
      const found = pattern.exec(text);
      if (!found) continue;
      const end = found.index + found[0].length;
      res.write(text.slice(0, end));
      text = text.slice(end);
      await new Promise((resolve) => setTimeout(resolve, holdMs));
    }
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

/**
 * Ports for servers a spec runs itself (the offline project's, the portable copy's serve.mjs): away from astro
 * preview's PORT and derived from it, so parallel runs on other PORTs don't meet. Offsets: 0 and 1 offline.spec,
 * 2 portable.spec, 3 to 8 layout-shift.spec.
 */
export const specPort = (offset = 0) => Number(process.env.PORT ?? 4321) + 1000 + offset;
