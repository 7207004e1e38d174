/** Normalises BASE_PATH ("", "/", "sub", "/sub", "/sub/") to "/" or "/sub/": Astro's BASE_URL needs the trailing slash. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
