import type { APIRoute } from 'astro';
import { sitePages } from '../lib/site-pages.ts';
import { href } from '../lib/paths.ts';

/** sitemap.xml: every page of the site as an absolute URL (see SITE_URL in the README). */
export const GET: APIRoute = async ({ site }) => {
  const urls = (await sitePages()).map((route) => new URL(href(route), site).href);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((url) => `  <url><loc>${url}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
