import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { normaliseBase } from '../../src/lib/base-path.ts';
import { calculatorIds } from '../../src/calculator-ids.ts';

/** The build under test: the output folder and the base path it was built for. */
export const OUT_DIR = path.resolve(process.env.OUT_DIR ?? 'dist');
export const BASE = normaliseBase(process.env.BASE_PATH);

/** Every built HTML page as a route relative to the base ("", "talk/", "guide/architecture/"), 404 excluded. */
export function builtRoutes(): string[] {
  return htmlFiles(OUT_DIR)
    .map((file) => path.relative(OUT_DIR, file).split(path.sep).join('/'))
    .filter((rel) => rel.endsWith('index.html'))
    .map((rel) => rel.slice(0, -'index.html'.length))
    .sort();
}

/** Absolute paths of every .html file under a folder. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));
}

/** Reads a built file by its path relative to the output folder. */
export function readBuilt(rel: string): string {
  return readFileSync(path.join(OUT_DIR, rel), 'utf8');
}

/** The built file a site path ("/base/x/") is served from, or null when the build has none. */
export function fileForPath(sitePath: string): string | null {
  if (!sitePath.startsWith(BASE)) return null;
  let rel = decodeURIComponent(sitePath.slice(BASE.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.join(OUT_DIR, rel);
  try { return statSync(file).isFile() ? file : null; } catch { return null; }
}

/**
 * Every page the site promises (DESIGN.md section 3), from the content and the calculator ids, so a spec that walks
 * the build can check it saw them all: an empty or partial build fails instead of passing with nothing to test.
 */
export function promisedRoutes(): string[] {
  const chapters = readdirSync(path.resolve('content/guide')).filter((f) => f.endsWith('.mdx')).map((f) => `guide/${f.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/`);
  return ['', 'calculators/', 'host/', 'print/', 'search/', 'talk/', 'talk/present/', 'tools/', ...chapters,
    ...calculatorIds.flatMap((id) => [`calculators/${id}/`, `embed/${id}/`])].sort();
}
