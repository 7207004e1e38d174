/**
 * The build steps after `astro build`, in DESIGN.md's order; each honours OUT_DIR and BASE_PATH:
 *   1. page rewrites and CSP hashes (body styles moved to the head; modulepreload links for page scripts' chunks;
 *      classic-script islands on embed pages; the printable guide);
 *   2. the search index (Pagefind);
 *   3. the portable copy (<OUT_DIR>-portable/ and its zip, which the site also offers for download; it writes the
 *      zip's size into /host/, so it comes before precompression);
 *   4. precompression (.gz and .br beside every compressible file, for servers that send them as they are);
 *   5. the service worker, last, precaching the final files (not the zip, not the .gz and .br copies), and its own
 *      .gz and .br copies.
 * Run by `npm run build`; prints one line per step.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseBase } from '../../src/lib/base-path.ts';
import { classicIslands } from './classic-islands.ts';
import { moveStylesToHead } from './head-styles.ts';
import { preloadModuleImports } from './module-preload.ts';
import { precompress } from './precompress.ts';
import { writePortable } from './portable.ts';
import { rewritePrintPage } from './print-page.ts';
import { writeServiceWorker } from './service-worker.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = normaliseBase(process.env.BASE_PATH);

const allPages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const moved = moveStylesToHead(outDir, allPages);
console.log(`postbuild: ${moved} pages carry their styles in the head, where HTML allows them`);
const preloading = preloadModuleImports(outDir, base, allPages);
console.log(`postbuild: ${preloading} pages preload the chunks their own scripts import`);

/** Embed pages: framed by other sites, WordPress's sandbox among them, so they hydrate from classic scripts. */
const embedPages = readdirSync(path.join(outDir, 'embed'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html')).map((f) => path.posix.join('embed', f.split(path.sep).join('/')));
const rewritten = await classicIslands({ outDir, base, pages: embedPages });
console.log(`postbuild: ${rewritten.length} embed pages hydrate from classic scripts (${rewritten.map((r) => r.bundle).join(', ')})`);
const printed = rewritePrintPage(outDir, base);
console.log(`postbuild: print/ holds ${printed.chapters} chapters and ${printed.calculators} calculators as worked examples`);

execFileSync(path.resolve('node_modules/.bin/pagefind'), ['--site', outDir, '--silent'], { stdio: 'inherit' });
console.log('postbuild: search index written to pagefind/');

const portable = await writePortable(outDir, base);
labelDownload(path.join(outDir, 'host', 'index.html'), portable.zipBytes);
console.log(`postbuild: portable copy of ${portable.pages} pages in ${path.relative(process.cwd(), portable.folder)}/ and its zip (${Math.round(portable.zipBytes / 1024)} KB), ${portable.searchable} pages searchable`);

const compressed = precompress(outDir);
const kb = (n: number) => `${Math.round(n / 1024)} KB`;
console.log(`postbuild: ${compressed.gzip} .gz and ${compressed.brotli} .br files beside ${compressed.files} compressible files (${kb(compressed.bytes)} -> gzip ${kb(compressed.gzipBytes)}, brotli ${kb(compressed.brotliBytes)})`);

const sw = await writeServiceWorker(outDir);
const swCompressed = precompress(outDir, ['sw.js']);
console.log(`postbuild: service worker precaches ${sw.count} files (${Math.round(sw.size / 1024)} KB); sw.js itself ${kb(swCompressed.bytes)} -> brotli ${kb(swCompressed.brotliBytes)}`);

/** Writes the zip's size into the /host/ page's download button, which Astro rendered before the zip existed. */
function labelDownload(file: string, bytes: number): void {
  const slot = /<span data-download-size([^>]*)><\/span>/;
  const html = readFileSync(file, 'utf8');
  if (!slot.test(html)) throw new Error(`${file} has no empty <span data-download-size> for the zip's size`);
  writeFileSync(file, html.replace(slot, `<span data-download-size$1> (zip, ${(bytes / 1e6).toFixed(1)} MB)</span>`));
}
