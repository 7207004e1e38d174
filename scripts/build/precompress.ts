/**
 * Build step 3: precompression. Next to every compressible file of the build it writes `<file>.gz` (gzip, level 9)
 * and `<file>.br` (Brotli, quality 11), so a server can send them as they are (nginx: gzip_static, and brotli_static
 * from Debian's libnginx-mod-http-brotli-static) instead of compressing on every request. A file gets both copies
 * or neither: both only when each is smaller than the file (tiny files gain nothing), because nginx marks a file's
 * answers `Vary: Accept-Encoding` only where its .gz exists. A copy's modification time is the file's, so Last-Modified and ETag agree whichever
 * encoding is sent. Pagefind's index files are gzip already and are left alone. Runs on the finished pages: after the
 * page rewrites and the search index, before anything (a service worker) that lists the files but not these copies.
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats that compress well; everything else (images, fonts, Pagefind's gzip files) is sent as it is. */
export const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|svg|xml|txt|webmanifest|map|wasm|ico)$/;

/** What precompression did, for the build log and the tests. */
export interface PrecompressReport { files: number; gzip: number; brotli: number; bytes: number; gzipBytes: number; brotliBytes: number }

/** The two encodings of one file's bytes. */
export function compressBoth(data: Buffer): { gzip: Buffer; brotli: Buffer } {
  return {
    gzip: gzipSync(data, { level: 9 }),
    brotli: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  };
}

/**
 * Writes the .gz and .br variants of every compressible file under outDir (existing variants are rewritten), or only
 * of `only` (paths relative to outDir): the service worker, written after the rest because it lists their files.
 */
export function precompress(outDir: string, only?: string[]): PrecompressReport {
  const report: PrecompressReport = { files: 0, gzip: 0, brotli: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const files = (only ?? readdirSync(outDir, { recursive: true, encoding: 'utf8' }))
    .filter((f) => COMPRESSIBLE.test(f)).map((f) => path.join(outDir, f)).filter((f) => statSync(f).isFile());
  for (const file of files) {
    const data = readFileSync(file);
    const { mtime } = statSync(file);
    const { gzip, brotli } = compressBoth(data);
    report.files++;
    report.bytes += data.length;
    if (gzip.length >= data.length || brotli.length >= data.length) continue;
    for (const [suffix, body, key] of [['.gz', gzip, 'gzip'], ['.br', brotli, 'brotli']] as const) {
      writeFileSync(file + suffix, body);
      utimesSync(file + suffix, mtime, mtime);
      report[key]++;
      report[key === 'gzip' ? 'gzipBytes' : 'brotliBytes'] += body.length;
    }
  }
  return report;
}
