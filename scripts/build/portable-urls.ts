/**
 * URLs of a portable copy, opened from disk (file://): every link to the site becomes relative to the page that holds
 * it, and names index.html where the served site relied on a directory index. Query and fragment are kept.
 */
import path from 'node:path';

/** True for URLs that leave the site or name no file: another scheme, another host, or only a fragment or query. */
export const isExternal = (url: string) => /^([a-z][a-z0-9+.-]*:|\/\/|#|\?)/i.test(url) || url === '';

/**
 * The portable form of `url` found in the page at `page` (a path relative to the site root, "guide/a/index.html").
 * `base` is the base path the site was built for; `isDirectory(rel)` says whether a site path names a folder.
 */
export function portableUrl(url: string, page: string, base: string, isDirectory: (rel: string) => boolean): string {
  if (isExternal(url)) return url;
  const [, pathPart, rest] = /^([^?#]*)(.*)$/.exec(url)!;
  let target: string;
  if (pathPart.startsWith('/')) {
    if (!pathPart.startsWith(base) && `${pathPart}/` !== base) return url;
    target = pathPart.slice(base.length);
  } else {
    target = path.posix.normalize(path.posix.join(path.posix.dirname(page), pathPart));
  }
  if (target === '.' || target === '') target = '';
  if (target === '' || target.endsWith('/') || isDirectory(target)) target = path.posix.join(target, 'index.html');
  const relative = path.posix.relative(path.posix.dirname(page), target);
  return `${relative || path.posix.basename(target)}${rest}`;
}

/** A srcset's URLs made portable, descriptors kept. */
export function portableSrcset(srcset: string, convert: (url: string) => string): string {
  return srcset.split(',').map((candidate) => {
    const [url, ...descriptors] = candidate.trim().split(/\s+/);
    return [convert(url), ...descriptors].join(' ');
  }).join(', ');
}

/** From a page to the site root, as a relative prefix: "" for index.html, "../../" for guide/a/index.html. */
export const rootOf = (page: string) => '../'.repeat(page.split('/').length - 1);
