// serve.mjs: serves this folder to a venue network with nothing but Node.js (any version from 18 on).
//   node serve.mjs            on port 8000
//   node serve.mjs 9000       on another port
// Anyone on the same network then opens http://<this computer's address>:8000/ (the addresses are printed below).
// It serves only files inside this folder, read-only; stop it with Ctrl+C.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.argv[2] ?? process.env.PORT ?? 8000);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

const fileAt = (p) => { try { return statSync(p); } catch { return null; } };

createServer((req, res) => {
  let pathname;
  try { pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname); } catch { pathname = '\0'; }
  const file = path.join(root, pathname);
  // Nothing outside this folder, whatever the address says.
  if (pathname.includes('\0') || (file !== root && !file.startsWith(root + path.sep))) { res.writeHead(400).end('Bad request'); return; }
  let target = file;
  if (fileAt(file)?.isDirectory()) {
    if (!pathname.endsWith('/')) { res.writeHead(301, { Location: `${pathname}/` }).end(); return; }
    target = path.join(file, 'index.html');
  }
  if (!fileAt(target)?.isFile()) {
    res.writeHead(404, { 'Content-Type': TYPES['.html'] }).end('<!doctype html><title>Not found</title><p>No such page. <a href="/">Go to the start page</a>.</p>');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
  if (req.method === 'HEAD') { res.end(); return; }
  createReadStream(target).on('error', () => res.end()).pipe(res);
}).listen(port, '0.0.0.0', () => {
  const addresses = Object.values(networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a.address);
  console.log(`Serving ${root}`);
  for (const address of ['127.0.0.1', ...addresses]) console.log(`  http://${address}:${port}/`);
  console.log('Stop with Ctrl+C.');
});
