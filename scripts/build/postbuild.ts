/**
 * The build steps after `astro build`, in DESIGN.md's order; each honours OUT_DIR and BASE_PATH:
 *   1. page rewrites and CSP hashes (body styles moved to the head; classic-script islands on embed pages);
 *   2. the search index (Pagefind);
 *   3. precompression (.gz and .br beside every compressible file, for servers that send them as they are).
 * Run by `npm run build`; prints one line per step.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { normaliseBase } from '../../src/lib/base-path.ts';
import { classicIslands } from './classic-islands.ts';
import { moveStylesToHead } from './head-styles.ts';
import { precompress } from './precompress.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = normaliseBase(process.env.BASE_PATH);

const allPages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const moved = moveStylesToHead(outDir, allPages);
console.log(`postbuild: ${moved} pages carry their styles in the head, where HTML allows them`);

/** Embed pages: framed by other sites, WordPress's sandbox among them, so they hydrate from classic scripts. */
const embedPages = readdirSync(path.join(outDir, 'embed'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html')).map((f) => path.posix.join('embed', f.split(path.sep).join('/')));
const rewritten = await classicIslands({ outDir, base, pages: embedPages });
console.log(`postbuild: ${rewritten.length} embed pages hydrate from classic scripts (${rewritten.map((r) => r.bundle).join(', ')})`);

execFileSync(path.resolve('node_modules/.bin/pagefind'), ['--site', outDir, '--silent'], { stdio: 'inherit' });
console.log('postbuild: search index written to pagefind/');

const compressed = precompress(outDir);
const kb = (n: number) => `${Math.round(n / 1024)} KB`;
console.log(`postbuild: ${compressed.gzip} .gz and ${compressed.brotli} .br files beside ${compressed.files} compressible files (${kb(compressed.bytes)} -> gzip ${kb(compressed.gzipBytes)}, brotli ${kb(compressed.brotliBytes)})`);
