/** Joins a site-relative route ("guide/architecture/") onto a base path ("/" or "/sub/"). */
export function joinBase(base: string, route: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + route.replace(/^\/+/, '');
}

/** Base-aware link to a route of this site; every internal link goes through this. */
export function href(route: string): string {
  return joinBase(import.meta.env.BASE_URL, route);
}
