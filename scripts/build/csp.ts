/**
 * Content-Security-Policy <meta> upkeep for pages the post-build steps rewrite: Astro hashed the inline scripts it
 * wrote; once a step changes or adds inline scripts, script-src must list the hashes of the scripts as they are now.
 */
import { createHash } from 'node:crypto';
import { attr, byTag, setAttr, textOf, type Document } from './html.ts';

/** The CSP source expression for an inline script's code. */
export const scriptHash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** Rewrites script-src in the page's CSP meta: its keywords and hosts stay, its hashes become those of the inline scripts now on the page. */
export function rehashScripts(doc: Document): void {
  const meta = byTag(doc, 'meta').find((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (!meta) throw new Error('page has no Content-Security-Policy meta to rehash');
  const inline = byTag(doc, 'script').filter((s) => attr(s, 'src') === undefined && textOf(s).trim() !== '');
  const hashes = [...new Set(inline.map((s) => scriptHash(textOf(s))))];
  const directives = (attr(meta, 'content') ?? '').split(';').map((d) => d.trim()).filter(Boolean);
  const index = directives.findIndex((d) => d.startsWith('script-src '));
  if (index < 0) throw new Error('CSP has no script-src to rehash');
  const kept = directives[index].split(/\s+/).slice(1).filter((source) => !source.startsWith("'sha256-"));
  directives[index] = ['script-src', ...kept, ...hashes].join(' ');
  setAttr(meta, 'content', `${directives.join('; ')};`);
}
