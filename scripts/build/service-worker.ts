/**
 * The service worker (last post-build step): Workbox's generateSW precaches every page and asset of the finished
 * build, the search index and the chart code included, so that after one visit the whole site works offline. It
 * leaves out the precompressed copies (the server picks those per request) and the portable zip.
 * No skipWaiting/clientsClaim: a new version waits until the reader accepts the reload the page offers
 * (src/lib/offline-script.ts sends SKIP_WAITING, which generateSW's worker handles).
 */
import path from 'node:path';
import { generateSW } from 'workbox-build';

export interface ServiceWorkerReport { count: number; size: number }

/** Writes <outDir>/sw.js for a site served under `base`. */
export async function writeServiceWorker(outDir: string): Promise<ServiceWorkerReport> {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    swDest: path.join(outDir, 'sw.js'),
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json,wasm,xml,pagefind,pf_meta,pf_fragment,pf_index}'],
    globIgnores: ['sw.js', 'workbox-*.js', '**/*.gz', '**/*.br', '*.zip',
      // Pagefind's other UIs, which the site does not load.
      'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-highlight.js', 'pagefind/wasm.unknown.pagefind'],
    // Precached files are static: no query changes them. Calculator pages carry their inputs in the query, and
    // Pagefind asks for its entry file with ?ts=<now>; all of them are answered from the cache.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
    mode: 'production',
  });
  if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`);
  return { count, size };
}
