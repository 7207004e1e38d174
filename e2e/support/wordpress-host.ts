/**
 * A blog post on another origin that embeds a calculator the way WordPress does (measured on WordPress 6.1, see
 * ../shared/notes/wordpress.md): our oEmbed HTML as WordPress's filter leaves it (the blockquote kept, the frame hidden
 * behind it, sandbox="allow-scripts" and a #?secret= added), and a host script that follows WordPress's embed protocol
 * (src/lib/wp-embed.ts). The page has no CSS that would shrink the frame, and its text column is as wide as a theme's
 * on a phone.
 */

const SECRET = 'H3PqrSCYYZ';

/** What WordPress's oEmbed filter makes of our HTML: the same blockquote and frame, sandboxed, with the secret. */
export function asWordPressFilters(oembedHtml: string): string {
  const match = /^<blockquote class="wp-embedded-content"><a href="([^"]+)">([^<]+)<\/a><\/blockquote><iframe ([^>]*)><\/iframe>$/.exec(oembedHtml);
  if (!match) throw new Error(`WordPress keeps a blockquote and frame only in this exact shape, not: ${oembedHtml}`);
  const [, link, text, attributes] = match;
  const kept = [...attributes.matchAll(/(src|width|height|title|frameborder|marginwidth|marginheight)="([^"]*)"/g)]
    .map(([, name, value]) => (name === 'src' ? `src="${value}#?secret=${SECRET}"` : `${name}="${value}"`));
  return `<blockquote class="wp-embedded-content" data-secret="${SECRET}"><a href="${link}">${text}</a></blockquote>`
    + `<iframe ${kept.join(' ')} class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" data-secret="${SECRET}"></iframe>`;
}

/** The host side of the protocol, written from its description: reveal on the first message, clamp heights, follow same-host links. */
const hostScript = `
addEventListener('message', (e) => {
  const d = e.data;
  if (!d || !(d.secret || d.message || d.value) || /[^a-zA-Z0-9]/.test(d.secret)) return;
  document.querySelectorAll('blockquote[data-secret="' + d.secret + '"]').forEach((b) => { b.style.display = 'none'; });
  document.querySelectorAll('iframe[data-secret="' + d.secret + '"]').forEach((frame) => {
    if (e.source !== frame.contentWindow) return;
    frame.removeAttribute('style');
    if (d.message === 'height') frame.height = Math.min(1000, Math.max(200, parseInt(d.value, 10) || 0));
    if (d.message === 'link' && /^https?:$/.test(new URL(d.value).protocol) && new URL(d.value).host === new URL(frame.src).host
      && document.activeElement === frame) top.location.href = d.value;
  });
});
addEventListener('load', () => document.querySelectorAll('iframe.wp-embedded-content').forEach((frame) =>
  frame.contentWindow.postMessage({ message: 'ready', secret: frame.dataset.secret }, '*')));
`;

/** The whole post: a heading, a paragraph, the embed, a paragraph. */
export function blogPost(embedHtml: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>My post</title><link rel="icon" href="data:,"><style>body { margin: 0; padding: 0 24px; font: 16px/1.5 sans-serif; }</style></head>
<body><h1>My post about clusters</h1><p>Here is the calculator I used:</p>${embedHtml}<p>That is all.</p>
<script>${hostScript}</script></body></html>`;
}

/** A blog of fixture posts served on its own origin (localhost, another port) while the site is on 127.0.0.1. */
export interface Blog { origin: string; publish: (path: string, html: string) => string; close: () => Promise<void> }

/** Starts the blog on a free port; posts are added with publish() and served from memory. */
export async function startBlog(): Promise<Blog> {
  const { createServer } = await import('node:http');
  const posts = new Map<string, string>();
  const server = createServer((req, res) => {
    const body = posts.get(new URL(req.url ?? '/', 'http://blog').pathname);
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as { port: number }).port}`;
  return {
    origin,
    publish: (path, html) => { posts.set(path, html); return `${origin}${path}`; },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
