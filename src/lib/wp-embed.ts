/**
 * WordPress's embed protocol, from the framed page's side (wp-includes/js/wp-embed.js, which WordPress loads on posts
 * whose oEmbed HTML starts with a <blockquote>): the frame's address carries #?secret=<letters and digits>, and the
 * frame posts {message: 'height' | 'link', value, secret} to its parent. WordPress keeps the frame hidden behind the
 * blockquote until the first message, clamps heights to 200..1000 px, and follows a link in the top window only to
 * the frame's own host, only while the frame has focus.
 */

/** The secret WordPress put in the frame's address, or null when it did not (not framed by WordPress). */
export function wpSecret(hash: string): string | null {
  return /[#?&]secret=([A-Za-z0-9]+)/.exec(hash)?.[1] ?? null;
}

/** WordPress's own bounds on a frame's height. */
export const WP_MIN_HEIGHT = 200;
export const WP_MAX_HEIGHT = 1000;

/** The height to ask WordPress for: the content's, within WordPress's bounds (its block editor preview does not clamp). */
export const wpHeight = (contentHeight: number) => Math.min(WP_MAX_HEIGHT, Math.max(WP_MIN_HEIGHT, Math.ceil(contentHeight)));

/** A message for WordPress's host script. */
export const wpMessage = (message: 'height' | 'link', value: number | string, secret: string) => ({ message, value, secret });

/** True for WordPress's "ready" message carrying our secret (it asks the frame for its height). */
export function isWpReady(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { message, secret: sent } = data as { message?: unknown; secret?: unknown };
  return message === 'ready' && sent === secret;
}
